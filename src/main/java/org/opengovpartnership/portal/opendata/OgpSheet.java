package org.opengovpartnership.portal.opendata;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;

/**
 * OGP's commitment sheet: its 171 columns in the order OGP publishes them, how cells are
 * quoted, and how a cell reads as a value. {@code ND} (no data), {@code NR} (not
 * reviewed), {@code NA} and empty cells are missing values.
 */
final class OgpSheet {

	/** The columns of OGP's export, in its order; exports write exactly these. */
	static final List<String> COLUMNS = List.of("Commitment Unique Identifier", "Country/Locality",
			"Action Plan Number", "Commitment Number", "Code", "Region", "National Or Local", "Commitment Dummy",
			"Year Of Submission", "Action Plan End Year", "Action Plan Duration (Years)", "Theme", "Commitment Title",
			"Short Title", "Full Text", "Start Date", "End Date", "Lead Institution", "Supporting Institution(s)",
			"Anti-Corruption and Integrity", "Anti-corruption Institutions", "Anti-Corruption Strategies",
			"Asset Disclosure", "Audits", "Beneficial Ownership", "Conflicts Of Interest", "Elections",
			"Political Finance", "Lobbying", "Open Contracting", "Public Procurement", "Right To Information",
			"Whistleblower Protections", "Civic Space and Enabling Environment", "Freedom of Assembly",
			"Freedom of Association", "Freedom of Expression", "Democratizing Decision-Making", "Digital Participation",
			"Mainstreaming Participation", "Regulatory Governance", "Social Accountability", "Digital Governance",
			"Automated Decision-making", "Data Stewardship and Privacy", "Digital Inclusion",
			"Disinformation/Misinformation", "Online Civic Space", "Environment & Climate", "Climate Finance",
			"Climate Mitigation and Adaptation", "Environmental Regulation", "International Environmental Agreements",
			"Fiscal Openness", "Publication Of Budget/Fiscal Information",
			"Public Participation In Budget/Fiscal Policy", "Oversight Of Budget/Fiscal Policies",
			"Stimulus and Economic Recovery", "Tax", "Debt", "Inclusion", "Gender", "Gender-Based Violence",
			"Economic Inclusion", "LGBTQIA+", "People with Disabilities", "Youth", "Justice", "Access to Justice",
			"Open Justice", "Policing & Corrections", "Judiciary", "Open Parliaments", "Public Service Delivery",
			"Citizenship & Immigration", "Education", "Health & Nutrition", "Infrastructure & Transport",
			"Water & Sanitation", "Capacity Building", "Digital Transformation", "Legislation", "Regulation",
			"Legislative Oversight", "Open Data", "Public Participation", "Aid", "Energy", "Extractive Industries",
			"Land and Spatial Planning", "Media & Telecommunications", "Science & Technology",
			"Security & Public Safety", "Labor", "Private Sector", "Subnational", "Human Rights",
			"Open Parliament Plan", "Sustainable Development Goals", "Open Data (Water/Sanitation)",
			"Open Data (Health)", "Open Data (Education)", "Participation in Lawmaking", "Access to information",
			"Money in Politics", "Report Publication Year (Progress Report)", "Compound", "Cluster", "Specificity",
			"_Specificity", "Verifiable", "OGP Value Access To Information", "OGP Value Civic Participation",
			"OGP Value Public Accountability", "OGP Value Technology", "_Relevant", "Potential Impact",
			"_Potential Impact", "Completion (Progress Report)", "_CompletionProgress", "Starred (2015 Only)",
			"Starred (Current Formula) Progress Report", "Potential for Results", "_Potential for Results",
			"Cluster (AP Review)", "Cluster Commitment ID(s)", "Report Publication Year (End Of Term)",
			"Completion (End Of Term)", "_CompletionEndTerm", "Change In Completion", "_ChangeCompletion",
			"Early Results", "_Early Results", "Did It Open Government (Overall)", "_OpenGovernment",
			"Did It Open Government (Access To Information)", "_DIOGATI",
			"Did It Open Government (Civic Participation)", "_DIOGCP", "Did It Open Government: Public Accountability",
			"_DIOGPA", "Starred (Current Formula) End of Term", "Carried Forward", "Most Recently Assessed",
			"Star - Most Recently Assessed", "IRM Assessed", "Updated? (Website)", "Active Commitment", "Max star",
			"Ambition Assessed", "Comp Assessed", "DIOG Assessed", "Midterm Only", "Max Completion", "Raw Completion",
			"High Completion", "High Ambition", "High DIOG", "Ambitious and complete, or DIOG",
			"Ambitious but not complete", "Complete but not ambitious", "Not complete or ambitious", "Not reviewed",
			"CHECKSUM", "IRM-Based Score", "Binding constraint", "URL", "Latest IRM Report", "Subnational in NAPs",
			"Action Plan ID", "id");

	static final String CODE = "Commitment Unique Identifier";

	static final String MEMBER = "Country/Locality";

	static final String MEMBER_CODE = "Code";

	static final String REGION = "Region";

	static final String LEVEL = "National Or Local";

	static final String PLAN_NUMBER = "Action Plan Number";

	static final String NUMBER = "Commitment Number";

	static final String START_YEAR = "Year Of Submission";

	static final String END_YEAR = "Action Plan End Year";

	static final String TITLE = "Commitment Title";

	static final String SHORT_TITLE = "Short Title";

	static final String FULL_TEXT = "Full Text";

	static final String START_DATE = "Start Date";

	static final String END_DATE = "End Date";

	static final String LEAD = "Lead Institution";

	static final String SUPPORTING = "Supporting Institution(s)";

	static final String ACTIVE = "Active Commitment";

	static final String VERIFIABLE = "Verifiable";

	static final String POTENTIAL_IMPACT = "Potential Impact";

	static final String COMPLETION_END_OF_TERM = "Completion (End Of Term)";

	static final String COMPLETION_PROGRESS_REPORT = "Completion (Progress Report)";

	static final String OPENED_GOVERNMENT = "Did It Open Government (Overall)";

	static final String EARLY_RESULTS = "Early Results";

	static final String STARRED_END_OF_TERM = "Starred (Current Formula) End of Term";

	static final String STARRED_PROGRESS_REPORT = "Starred (Current Formula) Progress Report";

	/**
	 * The four OGP values and the names the portal gives them in a commitment's
	 * relevance.
	 */
	static final Map<String, String> OGP_VALUES = orderedMap("OGP Value Access To Information", "Access to Information",
			"OGP Value Civic Participation", "Civic Participation", "OGP Value Public Accountability",
			"Public Accountability", "OGP Value Technology", "Technology and Innovation");

	/** The relevance of a commitment the IRM found relevant to none of the OGP values. */
	static final String NO_OGP_VALUE = "None";

	/**
	 * The 0/1 policy-area columns, from "Anti-Corruption and Integrity" to "Money in
	 * Politics".
	 */
	static final List<String> POLICY_AREAS = COLUMNS.subList(COLUMNS.indexOf("Anti-Corruption and Integrity"),
			COLUMNS.indexOf("Money in Politics") + 1);

	private static final Set<String> POLICY_AREA_SET = Set.copyOf(POLICY_AREAS);

	/**
	 * The policy areas that mark a commitment as a parliament's. OGP's open-parliament
	 * export tags every one of its rows with at least one of them (558 of 558 in the July
	 * 2024 file); OGP's full sheet has many rows with none.
	 */
	static final List<String> PARLIAMENT_AREAS = List.of("Open Parliaments", "Open Parliament Plan", "Legislation",
			"Legislative Oversight", "Participation in Lawmaking");

	/** Without these a file is not OGP's commitment sheet. */
	static final List<String> REQUIRED = List.of(CODE, MEMBER, PLAN_NUMBER, START_YEAR, END_YEAR, TITLE);

	private static final Map<String, Integer> INDEX = new HashMap<>();

	static {
		for (int i = 0; i < COLUMNS.size(); i++) {
			INDEX.put(COLUMNS.get(i), i);
		}
	}

	/**
	 * RFC 4180, as OGP writes it: CRLF between records, quotes only where a cell needs
	 * them.
	 */
	static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

	private static final Set<String> MISSING = Set.of("", "ND", "NR", "NA");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("M/d/uuuu", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("M/d/uu", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

	private OgpSheet() {
	}

	/**
	 * The position of a column in {@link #COLUMNS}, or -1 for a column OGP does not
	 * publish.
	 */
	static int indexOf(String column) {
		return INDEX.getOrDefault(column, -1);
	}

	/** Whether the sheet has a 0/1 column for this policy area. */
	static boolean isPolicyArea(String name) {
		return POLICY_AREA_SET.contains(name);
	}

	/** Whether the row is tagged with one of the {@link #PARLIAMENT_AREAS}. */
	static boolean isParliamentRow(String[] cells) {
		for (String area : PARLIAMENT_AREAS) {
			if (Boolean.TRUE.equals(flag(cells[indexOf(area)]))) {
				return true;
			}
		}
		return false;
	}

	/** Whether a cell says "no value": missing, {@code ND}, {@code NR} or {@code NA}. */
	static boolean isMissing(String cell) {
		if (cell == null || cell.isBlank()) {
			return true;
		}
		// Long cells (full texts run to 30,000 characters) are never a marker: no need to
		// strip and hash them.
		return cell.length() <= 8 && MISSING.contains(cell.strip());
	}

	/** The cell's text without surrounding blanks, or null for a missing value. */
	static String text(String cell) {
		return isMissing(cell) ? null : cell.strip();
	}

	/**
	 * A whole number such as "12", or null for a missing value or any other text ("2.1",
	 * "B.1.A").
	 */
	static Integer wholeNumber(String cell) {
		String text = text(cell);
		return (text != null && WHOLE_NUMBER.matcher(text).matches()) ? Integer.valueOf(text) : null;
	}

	/**
	 * A date as OGP writes it ("9/1/2018", also "9/1/18"), or null for a missing value or
	 * text that is not such a date ("July 2014", "Underway"); the export then writes the
	 * original text again.
	 */
	static LocalDate date(String cell) {
		String text = text(cell);
		if (text == null) {
			return null;
		}
		for (DateTimeFormatter format : List.of(DATE, SHORT_DATE)) {
			try {
				return LocalDate.parse(text, format);
			}
			catch (DateTimeParseException ex) {
				// try the next format
			}
		}
		return null;
	}

	static String formatDate(LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

	/** "1" is true and "0" false; anything else, missing or not, is null. */
	static Boolean flag(String cell) {
		String text = text(cell);
		if ("1".equals(text)) {
			return Boolean.TRUE;
		}
		return "0".equals(text) ? Boolean.FALSE : null;
	}

	static String formatFlag(Boolean flag) {
		return (flag == null) ? "" : (flag ? "1" : "0");
	}

	private static Map<String, String> orderedMap(String... pairs) {
		Map<String, String> map = new java.util.LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return java.util.Collections.unmodifiableMap(map);
	}

}

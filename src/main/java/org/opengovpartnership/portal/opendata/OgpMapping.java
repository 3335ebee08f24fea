package org.opengovpartnership.portal.opendata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

import org.opengovpartnership.portal.commitment.Commitment;
import org.opengovpartnership.portal.commitment.CommitmentDetails;
import org.opengovpartnership.portal.commitment.CommitmentStatus;
import org.opengovpartnership.portal.commitment.PolicyArea;
import org.opengovpartnership.portal.member.ActionPlan;
import org.opengovpartnership.portal.member.Member;
import org.opengovpartnership.portal.member.GovernmentLevel;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maps a row of OGP's sheet to the portal's fields and back. The export starts from the
 * cells the last import kept and rewrites only the cells whose value the portal now holds
 * differently, so an unedited commitment exports exactly the cells it was imported from,
 * and an export imports again unchanged.
 */
final class OgpMapping {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * A column held in one field of the portal: how its cell reads, and how the field's
	 * value is written.
	 */
	private record Cell(int index, Function<String, Object> read, Function<Object, String> write,
			Function<CommitmentValues, Object> value) {

		Cell(String column, Function<String, Object> read, Function<Object, String> write,
				Function<CommitmentValues, Object> value) {
			this(OgpSheet.indexOf(column), read, write, value);
		}

	}

	private static final List<Cell> CELLS = cells();

	/**
	 * The commitment's details the sheet holds, by component name: what an import writes
	 * and its audit records. A component not named here is the portal's own, and no
	 * import touches it.
	 */
	static final List<String> IMPORTED = named("code", "number", "title", "shortTitle", "description",
			"leadInstitution", "supportingInstitutions", "status", "startDate", "endDate", "irmVerifiable",
			"irmRelevance", "irmPotentialImpact", "irmCompletion", "irmOpenedGovernment", "irmEarlyResults",
			"irmStarred");

	private static final int COMPLETION_EOT = OgpSheet.indexOf(OgpSheet.COMPLETION_END_OF_TERM);

	private static final int COMPLETION_PR = OgpSheet.indexOf(OgpSheet.COMPLETION_PROGRESS_REPORT);

	private static final int STARRED_EOT = OgpSheet.indexOf(OgpSheet.STARRED_END_OF_TERM);

	private static final int STARRED_PR = OgpSheet.indexOf(OgpSheet.STARRED_PROGRESS_REPORT);

	private OgpMapping() {
	}

	private static List<Cell> cells() {
		List<Cell> cells = new ArrayList<>();
		cells.add(text(OgpSheet.CODE, CommitmentValues::code));
		cells.add(text(OgpSheet.MEMBER, CommitmentValues::memberName));
		cells.add(text(OgpSheet.MEMBER_CODE, CommitmentValues::memberCode));
		cells.add(text(OgpSheet.REGION, CommitmentValues::region));
		cells.add(new Cell(OgpSheet.LEVEL, OgpMapping::level,
				(level) -> (level == GovernmentLevel.LOCAL) ? "Local" : "National", CommitmentValues::level));
		cells.add(number(OgpSheet.PLAN_NUMBER, CommitmentValues::planNumber));
		cells.add(number(OgpSheet.START_YEAR, CommitmentValues::planStartYear));
		cells.add(number(OgpSheet.END_YEAR, CommitmentValues::planEndYear));
		cells.add(number(OgpSheet.NUMBER, (values) -> values.details().number()));
		cells.add(text(OgpSheet.TITLE, (values) -> values.details().title()));
		cells.add(text(OgpSheet.SHORT_TITLE, (values) -> values.details().shortTitle()));
		cells.add(text(OgpSheet.FULL_TEXT, (values) -> values.details().description()));
		cells.add(new Cell(OgpSheet.START_DATE, OgpSheet::date,
				(date) -> OgpSheet.formatDate((java.time.LocalDate) date), (values) -> values.details().startDate()));
		cells.add(new Cell(OgpSheet.END_DATE, OgpSheet::date, (date) -> OgpSheet.formatDate((java.time.LocalDate) date),
				(values) -> values.details().endDate()));
		cells.add(text(OgpSheet.LEAD, (values) -> values.details().leadInstitution()));
		cells.add(text(OgpSheet.SUPPORTING, (values) -> values.details().supportingInstitutions()));
		cells.add(new Cell(OgpSheet.ACTIVE, OgpMapping::status, OgpMapping::formatStatus,
				(values) -> values.details().status()));
		cells.add(text(OgpSheet.VERIFIABLE, (values) -> values.details().irmVerifiable()));
		cells.add(text(OgpSheet.POTENTIAL_IMPACT, (values) -> values.details().irmPotentialImpact()));
		cells.add(text(OgpSheet.OPENED_GOVERNMENT, (values) -> values.details().irmOpenedGovernment()));
		cells.add(text(OgpSheet.EARLY_RESULTS, (values) -> values.details().irmEarlyResults()));
		for (String area : OgpSheet.POLICY_AREAS) {
			cells.add(new Cell(area, (cell) -> Boolean.TRUE.equals(OgpSheet.flag(cell)),
					(tagged) -> OgpSheet.formatFlag((Boolean) tagged),
					(values) -> values.policyAreas().contains(area)));
		}
		return List.copyOf(cells);
	}

	private static List<String> named(String... components) {
		for (String component : components) {
			if (!CommitmentDetails.FIELDS.contains(component)) {
				throw new IllegalStateException("A commitment's details have no " + component);
			}
		}
		return List.of(components);
	}

	private static Cell text(String column, Function<CommitmentValues, Object> value) {
		return new Cell(column, OgpSheet::text, (text) -> (text != null) ? (String) text : "", value);
	}

	private static Cell number(String column, Function<CommitmentValues, Object> value) {
		return new Cell(column, OgpSheet::wholeNumber, (number) -> (number != null) ? number.toString() : "", value);
	}

	static GovernmentLevel level(String cell) {
		String text = OgpSheet.text(cell);
		return (text != null && text.toLowerCase(Locale.ROOT).contains("local")) ? GovernmentLevel.LOCAL
				: GovernmentLevel.NATIONAL;
	}

	static CommitmentStatus status(String cell) {
		Boolean active = OgpSheet.flag(cell);
		if (active == null) {
			return null;
		}
		return active ? CommitmentStatus.ACTIVE : CommitmentStatus.INACTIVE;
	}

	private static String formatStatus(Object status) {
		return (status == null) ? "" : OgpSheet.formatFlag(status == CommitmentStatus.ACTIVE);
	}

	/**
	 * The portal's values of a row whose cells are in {@link OgpSheet#COLUMNS} order
	 * (null for a column the file lacks). The row must have passed
	 * {@link OgpRowValidator}.
	 */
	static CommitmentValues read(String[] cells) {
		SortedSet<String> areas = new TreeSet<>();
		for (String area : OgpSheet.POLICY_AREAS) {
			if (Boolean.TRUE.equals(OgpSheet.flag(cell(cells, area)))) {
				areas.add(area);
			}
		}
		// By name: a component the sheet has no column for stays null, and adding one to
		// the details changes nothing here.
		Map<String, Object> values = new HashMap<>();
		values.put("code", OgpSheet.text(cell(cells, OgpSheet.CODE)));
		values.put("number", OgpSheet.wholeNumber(cell(cells, OgpSheet.NUMBER)));
		values.put("title", OgpSheet.text(cell(cells, OgpSheet.TITLE)));
		values.put("shortTitle", OgpSheet.text(cell(cells, OgpSheet.SHORT_TITLE)));
		values.put("description", OgpSheet.text(cell(cells, OgpSheet.FULL_TEXT)));
		values.put("leadInstitution", OgpSheet.text(cell(cells, OgpSheet.LEAD)));
		values.put("supportingInstitutions", OgpSheet.text(cell(cells, OgpSheet.SUPPORTING)));
		values.put("status", status(cell(cells, OgpSheet.ACTIVE)));
		values.put("startDate", OgpSheet.date(cell(cells, OgpSheet.START_DATE)));
		values.put("endDate", OgpSheet.date(cell(cells, OgpSheet.END_DATE)));
		values.put("irmVerifiable", OgpSheet.text(cell(cells, OgpSheet.VERIFIABLE)));
		values.put("irmRelevance", relevance(cells));
		values.put("irmPotentialImpact", OgpSheet.text(cell(cells, OgpSheet.POTENTIAL_IMPACT)));
		values.put("irmCompletion", completion(cells));
		values.put("irmOpenedGovernment", OgpSheet.text(cell(cells, OgpSheet.OPENED_GOVERNMENT)));
		values.put("irmEarlyResults", OgpSheet.text(cell(cells, OgpSheet.EARLY_RESULTS)));
		values.put("irmStarred", starred(cells));
		CommitmentDetails details = CommitmentDetails.of(values);
		return new CommitmentValues(OgpSheet.text(cell(cells, OgpSheet.MEMBER)),
				OgpSheet.text(cell(cells, OgpSheet.MEMBER_CODE)), OgpSheet.text(cell(cells, OgpSheet.REGION)),
				level(cell(cells, OgpSheet.LEVEL)), OgpSheet.wholeNumber(cell(cells, OgpSheet.PLAN_NUMBER)),
				OgpSheet.wholeNumber(cell(cells, OgpSheet.START_YEAR)),
				OgpSheet.wholeNumber(cell(cells, OgpSheet.END_YEAR)), details, areas);
	}

	/**
	 * The values a commitment holds now, in the sheet's terms. Policy areas the sheet has
	 * no column for (tags given in the portal) are left out: no import or export can say
	 * anything about them, so imports leave them alone.
	 */
	static CommitmentValues of(Commitment commitment) {
		ActionPlan plan = commitment.getActionPlan();
		Member member = plan.getMember();
		SortedSet<String> areas = new TreeSet<>();
		for (PolicyArea area : commitment.getPolicyAreas()) {
			if (OgpSheet.isPolicyArea(area.getName())) {
				areas.add(area.getName());
			}
		}
		return new CommitmentValues(member.getName(), member.getIso3(), member.getRegion(), member.getGovernmentLevel(),
				plan.getNumber(), plan.getStartYear(), plan.getEndYear(), commitment.details(), areas);
	}

	/**
	 * What a commitment's audit snapshot ({@link Commitment#snapshot()}) becomes when an
	 * import writes these values: the same keys, with the {@link #IMPORTED} fields
	 * replaced; tags the sheet has no column for stay.
	 */
	static Map<String, Object> snapshotAfter(Map<String, Object> before, CommitmentValues values) {
		Map<String, Object> after = new java.util.LinkedHashMap<>(before);
		after.put("actionPlan", values.planNumber());
		Map<String, Object> imported = values.details().values();
		IMPORTED.forEach((field) -> after.put(field, imported.get(field)));
		SortedSet<String> areas = new TreeSet<>(values.policyAreas());
		if (before.get("policyAreas") instanceof List<?> tags) {
			tags.stream().map(String::valueOf).filter((tag) -> !OgpSheet.isPolicyArea(tag)).forEach(areas::add);
		}
		after.put("policyAreas", List.copyOf(areas));
		return after;
	}

	/** IRM completion: the end-of-term report's, else the progress report's. */
	private static String completion(String[] cells) {
		String endOfTerm = OgpSheet.text(cells[COMPLETION_EOT]);
		return (endOfTerm != null) ? endOfTerm : OgpSheet.text(cells[COMPLETION_PR]);
	}

	/**
	 * Starred by the current formula: at the end of term, else at the progress report.
	 */
	private static Boolean starred(String[] cells) {
		Boolean endOfTerm = OgpSheet.flag(cells[STARRED_EOT]);
		return (endOfTerm != null) ? endOfTerm : OgpSheet.flag(cells[STARRED_PR]);
	}

	/**
	 * The OGP values marked 1, comma-separated; "None" when all are 0; null when none was
	 * assessed.
	 */
	private static String relevance(String[] cells) {
		List<String> values = new ArrayList<>();
		boolean assessed = false;
		for (Map.Entry<String, String> value : OgpSheet.OGP_VALUES.entrySet()) {
			Boolean flag = OgpSheet.flag(cell(cells, value.getKey()));
			assessed |= (flag != null);
			if (Boolean.TRUE.equals(flag)) {
				values.add(value.getValue());
			}
		}
		if (!assessed) {
			return null;
		}
		return values.isEmpty() ? OgpSheet.NO_OGP_VALUE : String.join(", ", values);
	}

	/**
	 * The row to export for a commitment: its source cells (null for one it was not
	 * imported from, or with null where its own field reproduces the cell), with every
	 * cell the portal holds differently rewritten.
	 */
	static String[] write(CommitmentValues values, String[] source) {
		String[] row = new String[OgpSheet.COLUMNS.size()];
		for (int i = 0; i < row.length; i++) {
			row[i] = (source != null && source[i] != null) ? source[i] : "";
		}
		for (Cell cell : CELLS) {
			Object current = cell.value().apply(values);
			String original = (source != null) ? source[cell.index()] : null;
			if (original == null || !Objects.equals(cell.read().apply(original), current)) {
				row[cell.index()] = cell.write().apply(current);
			}
		}
		if (source == null || !Objects.equals(completion(row), values.details().irmCompletion())) {
			row[COMPLETION_EOT] = Objects.requireNonNullElse(values.details().irmCompletion(), "");
			if (values.details().irmCompletion() == null || source == null) {
				row[COMPLETION_PR] = "";
			}
		}
		if (source == null || !Objects.equals(starred(row), values.details().irmStarred())) {
			row[STARRED_EOT] = OgpSheet.formatFlag(values.details().irmStarred());
			if (values.details().irmStarred() == null || source == null) {
				row[STARRED_PR] = "";
			}
		}
		if (source == null || !Objects.equals(relevance(row), values.details().irmRelevance())) {
			writeRelevance(values.details().irmRelevance(), row);
		}
		return row;
	}

	private static void writeRelevance(String relevance, String[] row) {
		List<String> named = (relevance != null) ? Arrays.asList(relevance.split(",\\s*")) : List.of();
		for (Map.Entry<String, String> value : OgpSheet.OGP_VALUES.entrySet()) {
			row[OgpSheet.indexOf(value.getKey())] = (relevance == null) ? ""
					: OgpSheet.formatFlag(named.contains(value.getValue()));
		}
	}

	/**
	 * The cells to keep for a row just read: every cell, except those of one-field
	 * columns whose field alone writes the same cell again (most of them, including the
	 * long full text), which become null.
	 */
	static String[] compact(String[] cells, CommitmentValues values) {
		String[] canonical = write(values, null);
		String[] kept = cells.clone();
		for (Cell cell : CELLS) {
			int i = cell.index();
			if (kept[i] == null || canonical[i].equals(kept[i])) {
				kept[i] = null;
			}
		}
		return kept;
	}

	static String toJson(String[] cells) {
		return JSON.writeValueAsString(cells);
	}

	static String[] fromJson(String json) {
		return (json != null) ? JSON.readValue(json, String[].class) : null;
	}

	/**
	 * A SHA-256 hash of what an import writes to a commitment: its own fields, its plan
	 * number and its kept cells. Equal hashes mean nothing changed; the member's fields
	 * are the member's, not the commitment's.
	 */
	static String hash(CommitmentValues values, String cellsJson) {
		MessageDigest sha256 = sha256();
		CommitmentDetails details = values.details();
		// The sheet's fields, one by one: a field the sheet does not hold must not change
		// the hashes stored.
		for (Object field : new Object[] { details.code(), values.planNumber(), details.number(), details.title(),
				details.shortTitle(), details.description(), details.startDate(), details.endDate(),
				details.leadInstitution(), details.supportingInstitutions(), details.status(), details.irmVerifiable(),
				details.irmRelevance(), details.irmPotentialImpact(), details.irmCompletion(),
				details.irmOpenedGovernment(), details.irmEarlyResults(), details.irmStarred(),
				String.join("\u001e", values.policyAreas()), cellsJson }) {
			sha256.update(((field != null) ? field.toString() : "\u0000").getBytes(StandardCharsets.UTF_8));
			sha256.update((byte) 0x1f);
		}
		return HexFormat.of().formatHex(sha256.digest());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private static String cell(String[] cells, String column) {
		return cells[OgpSheet.indexOf(column)];
	}

}

package org.opengovpartnership.portal.opendata;

import java.util.Map;
import java.util.regex.Pattern;

import org.opengovpartnership.portal.system.ControlCharacters;

/**
 * Checks one row of OGP's sheet before anything of it is used: identifier, member, action
 * plan number and years, title, the 0/1 columns, that every kept text fits its column,
 * and that no cell holds a control character.
 */
final class OgpRowValidator {

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

	private static final Pattern PLAN_NUMBER = Pattern.compile("0?[1-9]|[1-9][0-9]");

	private static final Pattern YEAR = Pattern.compile("(19|20|21)[0-9]{2}");

	/** The longest text each column's field holds. */
	private static final Map<String, Integer> LIMITS = Map.ofEntries(Map.entry(OgpSheet.MEMBER, 200),
			Map.entry(OgpSheet.MEMBER_CODE, 10), Map.entry(OgpSheet.REGION, 100), Map.entry(OgpSheet.TITLE, 1000),
			Map.entry(OgpSheet.SHORT_TITLE, 1000), Map.entry(OgpSheet.LEAD, 1000), Map.entry(OgpSheet.SUPPORTING, 4000),
			Map.entry(OgpSheet.VERIFIABLE, 20), Map.entry(OgpSheet.POTENTIAL_IMPACT, 40),
			Map.entry(OgpSheet.COMPLETION_END_OF_TERM, 40), Map.entry(OgpSheet.COMPLETION_PROGRESS_REPORT, 40),
			Map.entry(OgpSheet.OPENED_GOVERNMENT, 40), Map.entry(OgpSheet.EARLY_RESULTS, 40));

	private OgpRowValidator() {
	}

	/**
	 * @throws ImportRejectedException naming the line and column of the first problem
	 */
	static void validate(long line, String[] cells) {
		for (int i = 0; i < cells.length; i++) {
			int at = ControlCharacters.indexOf(cells[i]);
			if (at >= 0) {
				throw new ImportRejectedException(line, OgpSheet.COLUMNS.get(i), "character " + (at + 1)
						+ " is the control character " + ControlCharacters.name(cells[i].charAt(at))
						+ ", which no text may hold (only tabs and line breaks). Remove it and upload the file again.");
			}
		}
		String code = OgpSheet.text(cell(cells, OgpSheet.CODE));
		if (code == null) {
			throw new ImportRejectedException(line, OgpSheet.CODE, "the commitment has no identifier.");
		}
		if (!IDENTIFIER.matcher(code).matches()) {
			throw new ImportRejectedException(line, OgpSheet.CODE, "\u201c" + code
					+ "\u201d is not a commitment identifier (letters, digits, dots, hyphens; at most 40).");
		}
		String member = OgpSheet.text(cell(cells, OgpSheet.MEMBER));
		if (member == null || member.codePoints().noneMatch(Character::isLetterOrDigit)) {
			throw new ImportRejectedException(line, OgpSheet.MEMBER, "the row names no member.");
		}
		String plan = OgpSheet.text(cell(cells, OgpSheet.PLAN_NUMBER));
		if (plan == null || !PLAN_NUMBER.matcher(plan).matches()) {
			throw new ImportRejectedException(line, OgpSheet.PLAN_NUMBER,
					((plan == null) ? "no action plan number" : "\u201c" + plan + "\u201d is not an action plan number")
							+ " (a whole number from 1 to 99).");
		}
		int start = year(line, cells, OgpSheet.START_YEAR);
		int end = year(line, cells, OgpSheet.END_YEAR);
		if (end < start) {
			throw new ImportRejectedException(line, OgpSheet.END_YEAR,
					"the plan ends in " + end + ", before its year of submission " + start + ".");
		}
		if (OgpSheet.text(cell(cells, OgpSheet.TITLE)) == null) {
			throw new ImportRejectedException(line, OgpSheet.TITLE, "the commitment has no title.");
		}
		for (Map.Entry<String, Integer> limit : LIMITS.entrySet()) {
			String text = OgpSheet.text(cell(cells, limit.getKey()));
			if (text != null && text.length() > limit.getValue()) {
				throw new ImportRejectedException(line, limit.getKey(),
						text.length() + " characters; at most " + limit.getValue() + " fit.");
			}
		}
		for (String column : OgpSheet.POLICY_AREAS) {
			flag(line, cells, column);
		}
		for (String column : OgpSheet.OGP_VALUES.keySet()) {
			flag(line, cells, column);
		}
		flag(line, cells, OgpSheet.ACTIVE);
		flag(line, cells, OgpSheet.STARRED_END_OF_TERM);
		flag(line, cells, OgpSheet.STARRED_PROGRESS_REPORT);
	}

	private static int year(long line, String[] cells, String column) {
		String year = OgpSheet.text(cell(cells, column));
		if (year == null || !YEAR.matcher(year).matches()) {
			throw new ImportRejectedException(line, column,
					((year == null) ? "no year" : "\u201c" + year + "\u201d is not a year")
							+ " (four digits, as 2019).");
		}
		return Integer.parseInt(year);
	}

	private static void flag(long line, String[] cells, String column) {
		String cell = cell(cells, column);
		if (!OgpSheet.isMissing(cell) && OgpSheet.flag(cell) == null) {
			throw new ImportRejectedException(line, column,
					"\u201c" + cell + "\u201d is neither 1 nor 0 (nor ND, NR, NA or empty).");
		}
	}

	private static String cell(String[] cells, String column) {
		return cells[OgpSheet.indexOf(column)];
	}

}

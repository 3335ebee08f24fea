package org.opengovpartnership.portal.opendata;

/**
 * Keeps spreadsheets from running exported text as formulas (OWASP's "CSV injection"),
 * reversibly. The rule: the export puts one {@code '} before a cell that, after any
 * leading {@code '}s, starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return; the import takes one {@code '} off a cell of that same shape that
 * starts with {@code '}. So {@code =SUM(A1)} goes out as {@code '=SUM(A1)}, {@code -5} as
 * {@code '-5}, a stored {@code '=x} as {@code ''=x}, and each comes back as it was;
 * {@code 'quoted'} or {@code 5} go out unchanged.
 */
final class FormulaCells {

	private FormulaCells() {
	}

	/** The cell as the CSV export writes it. */
	static String neutralise(String cell) {
		return startsFormula(cell, 0) ? "'" + cell : cell;
	}

	/** The value a cell of an imported CSV file holds: {@link #neutralise}'s reverse. */
	static String restore(String cell) {
		return (cell != null && !cell.isEmpty() && cell.charAt(0) == '\'' && startsFormula(cell, 1)) ? cell.substring(1)
				: cell;
	}

	/** Restores every cell of a row, in place. */
	static void restore(String[] cells) {
		for (int i = 0; i < cells.length; i++) {
			cells[i] = restore(cells[i]);
		}
	}

	/**
	 * Whether the text from {@code from} on, after any {@code '}s, starts with what a
	 * spreadsheet reads as a formula.
	 */
	private static boolean startsFormula(String cell, int from) {
		if (cell == null) {
			return false;
		}
		int i = from;
		while (i < cell.length() && cell.charAt(i) == '\'') {
			i++;
		}
		if (i == cell.length()) {
			return false;
		}
		char first = cell.charAt(i);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

}

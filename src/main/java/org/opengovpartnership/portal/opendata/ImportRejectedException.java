package org.opengovpartnership.portal.opendata;

/**
 * Why a file was rejected as a whole, with the line (and column, where there is one) an
 * admin has to fix.
 */
class ImportRejectedException extends RuntimeException {

	private final long line;

	private final String column;

	ImportRejectedException(long line, String column, String problem) {
		super(message(line, column, problem));
		this.line = line;
		this.column = column;
	}

	private static String message(long line, String column, String problem) {
		StringBuilder message = new StringBuilder();
		if (line > 0) {
			message.append("Line ").append(line);
			if (column != null) {
				message.append(", column \u201c").append(column).append('\u201d');
			}
			message.append(": ");
		}
		return message.append(problem).toString();
	}

	/**
	 * The line of the file, from 1 for the header; 0 for a problem with the file as a
	 * whole.
	 */
	long getLine() {
		return this.line;
	}

	/** The column's name, or null. */
	String getColumn() {
		return this.column;
	}

}

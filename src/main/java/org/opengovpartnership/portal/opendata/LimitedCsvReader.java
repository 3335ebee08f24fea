package org.opengovpartnership.portal.opendata;

import java.io.IOException;
import java.io.Reader;
import java.util.List;

import org.opengovpartnership.portal.system.PortalProperties.ImportLimits;

/**
 * Passes a CSV text through while following its quotes, and stops it, naming the line and
 * column, as soon as a cell, a line or a row's number of cells goes over the
 * {@link ImportLimits}: the CSV parser after it then never holds more than a limit's
 * worth of text, whatever the file's shape.
 */
final class LimitedCsvReader extends Reader {

	private final Reader in;

	private final long maxCell;

	private final long maxLine;

	private final int maxColumns;

	/**
	 * The header's column names, once known, to name the column of a cell that is too
	 * long.
	 */
	private List<String> columnNames = List.of();

	private long line = 1;

	private long lineLength;

	private int column = 1;

	private long cellLength;

	private long cellLine = 1;

	private boolean quoted;

	/**
	 * Inside quotes, a quote that either closes the cell or, doubled, stands for itself.
	 */
	private boolean quotePending;

	LimitedCsvReader(Reader in, ImportLimits limits) {
		this.in = in;
		this.maxCell = limits.maxCellSize().toBytes();
		this.maxLine = limits.maxLineLength().toBytes();
		this.maxColumns = limits.maxColumns();
	}

	void columnNames(List<String> names) {
		this.columnNames = names;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int read = this.in.read(buffer, offset, length);
		for (int i = offset; i < offset + read; i++) {
			next(buffer[i]);
		}
		return read;
	}

	private void next(char c) {
		if (this.quotePending) {
			this.quotePending = false;
			if (c == '"') {
				grow();
				return;
			}
			this.quoted = false;
		}
		if (this.quoted) {
			if (c == '"') {
				this.quotePending = true;
			}
			if (c == '\n') {
				newLine();
				this.cellLength++;
				check();
			}
			else if (c != '\r') {
				grow();
			}
			return;
		}
		switch (c) {
			case ',' -> {
				this.column++;
				if (this.column > this.maxColumns) {
					throw new ImportRejectedException(this.line, null, "more than " + this.maxColumns
							+ " cells in one row; OGP's sheet has " + OgpSheet.COLUMNS.size() + ".");
				}
				this.cellLength = 0;
				this.cellLine = this.line;
				this.lineLength++;
				check();
			}
			case '\n' -> {
				newLine();
				this.column = 1;
				this.cellLength = 0;
				this.cellLine = this.line;
			}
			case '\r' -> {
				// part of the CRLF between rows
			}
			default -> {
				this.quoted = (c == '"' && this.cellLength == 0);
				grow();
			}
		}
	}

	private void newLine() {
		this.line++;
		this.lineLength = 0;
	}

	private void grow() {
		this.cellLength++;
		this.lineLength++;
		check();
	}

	private void check() {
		if (this.cellLength > this.maxCell) {
			String name = (this.column <= this.columnNames.size()) ? this.columnNames.get(this.column - 1) : null;
			throw new ImportRejectedException(this.cellLine, name, ((name != null) ? "" : "cell " + this.column + ": ")
					+ "a cell longer than " + this.maxCell + " characters; a commitment's cells are far shorter.");
		}
		if (this.lineLength > this.maxLine) {
			throw new ImportRejectedException(this.line, null,
					"a line longer than " + this.maxLine + " characters; is this OGP's commitment sheet?");
		}
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}

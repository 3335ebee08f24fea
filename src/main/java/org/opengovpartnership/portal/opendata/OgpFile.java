package org.opengovpartnership.portal.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.opengovpartnership.portal.system.PortalProperties.ImportLimits;

/**
 * Reads a file in OGP's sheet format in one streaming pass: its rows one at a time, each
 * as cells in {@link OgpSheet#COLUMNS} order with the line it starts on, and its SHA-256.
 * Bytes that are not UTF-8 stop the read; a second pass then finds their line and column.
 */
final class OgpFile {

	/** What reading a whole file gives besides its rows. */
	record Read(long rows, String sha256) {
	}

	/** Receives each row; the cells of a column the file lacks are null. */
	interface RowHandler {

		void row(long line, String[] cells);

	}

	private static final char BOM = '\uFEFF';

	private OgpFile() {
	}

	/**
	 * The file's SHA-256 in hex, after checking that every byte of it is UTF-8.
	 * @throws ImportRejectedException naming the line and column of the first byte that
	 * is not
	 */
	static String checkUtf8AndHash(Path path) {
		rejectZip(path);
		MessageDigest sha256 = sha256();
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
		CharBuffer chars = CharBuffer.allocate(64 * 1024);
		long line = 1;
		long column = 0;
		try (InputStream in = new DigestInputStream(Files.newInputStream(path), sha256)) {
			byte[] buffer = new byte[64 * 1024];
			boolean end = false;
			while (!end) {
				int read = in.read(buffer, 0, bytes.remaining());
				end = (read < 0);
				if (read > 0) {
					bytes.put(buffer, 0, read);
				}
				bytes.flip();
				CoderResult result = decoder.decode(bytes, chars, end);
				if (end && !result.isError()) {
					result = decoder.flush(chars);
				}
				chars.flip();
				while (chars.hasRemaining()) {
					if (chars.get() == '\n') {
						line++;
						column = 0;
					}
					else {
						column++;
					}
				}
				chars.clear();
				if (result.isError()) {
					throw new ImportRejectedException(line, null, "character " + (column + 1)
							+ " is not UTF-8 text. Save the file with the UTF-8 encoding and upload it again.");
				}
				bytes.compact();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (line == 1 && column == 0) {
			throw new ImportRejectedException(0, null, "The file is empty.");
		}
		return HexFormat.of().formatHex(sha256.digest());
	}

	/**
	 * Passes each row of the file to the handler, in order, holding one row at a time.
	 * @throws ImportRejectedException when the file is not UTF-8 or not CSV, lacks a
	 * required column, has a row with the wrong number of cells, or a cell, line or row
	 * over the limits
	 */
	static Read read(Path path, ImportLimits limits, RowHandler handler) {
		rejectZip(path);
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		MessageDigest sha256 = sha256();
		long rows = 0;
		long lastLine = 0;
		try (LimitedCsvReader reader = new LimitedCsvReader(
				new InputStreamReader(new DigestInputStream(Files.newInputStream(path), sha256), decoder), limits);
				CSVParser parser = CSVParser.builder().setReader(reader).setFormat(OgpSheet.FORMAT).get()) {
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext()) {
				throw new ImportRejectedException(0, null, "The file is empty.");
			}
			CSVRecord header = records.next();
			lastLine = parser.getCurrentLineNumber();
			List<String> names = names(header);
			reader.columnNames(names);
			int[] positions = positions(names);
			while (hasNext(records, path, lastLine)) {
				CSVRecord record = records.next();
				long line = lastLine + 1;
				lastLine = parser.getCurrentLineNumber();
				if (record.size() != positions.length) {
					throw new ImportRejectedException(line, null, record.size() + " cells where the header has "
							+ positions.length + ". Is a quote missing or a separator not a comma?");
				}
				String[] cells = new String[OgpSheet.COLUMNS.size()];
				for (int i = 0; i < positions.length; i++) {
					if (positions[i] >= 0) {
						cells[positions[i]] = record.get(i);
					}
				}
				rows++;
				handler.row(line, cells);
			}
		}
		catch (IOException | UncheckedIOException ex) {
			throw notCsv(path, lastLine + 1, ex);
		}
		return new Read(rows, HexFormat.of().formatHex(sha256.digest()));
	}

	private static boolean hasNext(Iterator<CSVRecord> records, Path path, long lastLine) {
		try {
			return records.hasNext();
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			throw notCsv(path, lastLine + 1, ex);
		}
	}

	private static ImportRejectedException notCsv(Path path, long line, Exception ex) {
		Throwable cause = (ex instanceof UncheckedIOException) ? ex.getCause() : ex;
		if (cause instanceof CharacterCodingException) {
			checkUtf8AndHash(path);
			return new ImportRejectedException(line, null,
					"not UTF-8 text. Save the file with the UTF-8 encoding and upload it again.");
		}
		return new ImportRejectedException(line, null, "not valid CSV: " + cause.getMessage());
	}

	/**
	 * A ZIP file (an Excel workbook, say) gets a message that says so rather than one
	 * about its bytes.
	 */
	private static void rejectZip(Path path) {
		try (InputStream in = Files.newInputStream(path)) {
			byte[] start = in.readNBytes(4);
			if (start.length == 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4) {
				throw new ImportRejectedException(0, null,
						"This is a ZIP file (perhaps an Excel workbook), not CSV. Save the sheet as CSV (UTF-8) and upload that.");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The header's column names, without blanks around them or the byte order mark before
	 * the first.
	 */
	private static List<String> names(CSVRecord header) {
		List<String> names = new ArrayList<>(header.size());
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i);
			if (i == 0 && !name.isEmpty() && name.charAt(0) == BOM) {
				name = name.substring(1);
			}
			names.add(name.strip());
		}
		return names;
	}

	/**
	 * Where each of the file's columns goes in {@link OgpSheet#COLUMNS}, -1 for a column
	 * the portal ignores.
	 */
	private static int[] positions(List<String> names) {
		int[] positions = new int[names.size()];
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			if (!seen.add(name) && OgpSheet.indexOf(name) >= 0) {
				throw new ImportRejectedException(1, name, "this column appears twice in the header.");
			}
			positions[i] = OgpSheet.indexOf(name);
		}
		List<String> missing = OgpSheet.REQUIRED.stream().filter((column) -> !seen.contains(column)).toList();
		if (!missing.isEmpty()) {
			throw new ImportRejectedException(1, null,
					"this is not OGP's commitment sheet as CSV: the header lacks the column"
							+ ((missing.size() > 1) ? "s " : " ") + String.join(", ", missing) + ".");
		}
		return positions;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}

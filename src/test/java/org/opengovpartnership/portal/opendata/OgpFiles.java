package org.opengovpartnership.portal.opendata;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The real OGP export the tests import, and files made from its rows.
 */
final class OgpFiles {

	static final String REAL_FILE = "opendata/ogp-commitments-open-parliament-2024-07.csv";

	private OgpFiles() {
	}

	static Path realFile() {
		try {
			return Path.of(OgpFiles.class.getClassLoader().getResource(REAL_FILE).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static List<String> header() {
		return parse(realFile()).get(0);
	}

	/** The real file's data rows, each as its cells. */
	static List<List<String>> rows() {
		List<List<String>> all = parse(realFile());
		return new ArrayList<>(all.subList(1, all.size()));
	}

	static List<List<String>> parse(Path file) {
		try (CSVParser parser = CSVParser.parse(file, StandardCharsets.UTF_8, OgpSheet.FORMAT)) {
			List<List<String>> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				rows.add(new ArrayList<>(record.toList()));
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** CSV text of a header and rows, as OGP quotes it. */
	static String csv(List<String> header, List<List<String>> rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, OgpSheet.FORMAT)) {
			printer.printRecord(header);
			for (List<String> row : rows) {
				printer.printRecord(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/** The line a data row starts on in {@link #csv}'s text: 1 is the header. */
	static long lineOf(List<String> header, List<List<String>> rows, int row) {
		String before = csv(header, rows.subList(0, row));
		return before.chars().filter((c) -> c == '\n').count() + 1;
	}

	static Path write(Path folder, String name, String text) {
		return write(folder, name, text.getBytes(StandardCharsets.UTF_8));
	}

	static Path write(Path folder, String name, byte[] bytes) {
		try {
			return Files.write(folder.resolve(name), bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static int column(String name) {
		return OgpSheet.indexOf(name);
	}

}

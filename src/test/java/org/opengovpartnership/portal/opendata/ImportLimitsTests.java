package org.opengovpartnership.portal.opendata;

import org.opengovpartnership.portal.FreshSchema;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Files whose shape would take the portal down are rejected whole while they are read,
 * with their line (and column), before anything is stored: a 50 MB cell, 100,000 columns,
 * a line over 2 MB. The files are made in a temporary folder; the defaults of
 * {@code portal.import-limits} apply (1 MB cells, 2 MB lines, 1,000 columns).
 */
@SpringBootTest
@TestPropertySource(locations = "classpath:opendata/test.properties")
class ImportLimitsTests {

	private static final String BIG = "BIG-CELL-GOES-HERE";

	@Autowired
	private OgpImporter importer;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Flyway flyway;

	@TempDir
	private Path folder;

	@BeforeEach
	void freshDatabase() {
		FreshSchema.recreate(this.flyway);
	}

	@Test
	void rejectsACellOf50Megabytes() throws IOException {
		List<String> header = OgpFiles.header();
		List<List<String>> rows = OgpFiles.rows().subList(0, 5);
		rows.get(3).set(OgpFiles.column("Full Text"), BIG);
		Path file = write(header, rows, DataSize.ofMegabytes(50), "");

		assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> this.importer.apply(file, "big-cell.csv"))
			.satisfies((ex) -> {
				assertThat(ex.getLine()).isEqualTo(OgpFiles.lineOf(header, rows, 3));
				assertThat(ex.getColumn()).isEqualTo("Full Text");
				assertThat(ex.getMessage()).contains("a cell longer than 1048576 characters");
			});
		assertNothingImported();
	}

	@Test
	void rejectsACellOverTheLimitSpreadOverManyShortLines() throws IOException {
		List<String> header = OgpFiles.header();
		List<List<String>> rows = OgpFiles.rows().subList(0, 5);
		rows.get(1).set(OgpFiles.column("Commitment Title"), BIG);
		Path file = write(header, rows, DataSize.ofMegabytes(2), "\r\n");

		assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> this.importer.apply(file, "tall-cell.csv"))
			.satisfies((ex) -> {
				assertThat(ex.getLine()).isEqualTo(OgpFiles.lineOf(header, rows, 1));
				assertThat(ex.getColumn()).isEqualTo("Commitment Title");
			});
		assertNothingImported();
	}

	@Test
	void rejectsAHeaderOf100000Columns() throws IOException {
		List<String> header = new ArrayList<>(OgpFiles.header());
		for (int i = header.size(); i < 100_000; i++) {
			header.add("Column " + i);
		}
		Path file = OgpFiles.write(this.folder, "wide.csv", OgpFiles.csv(header, List.of()));

		assertThatExceptionOfType(ImportRejectedException.class).isThrownBy(() -> this.importer.apply(file, "wide.csv"))
			.satisfies((ex) -> {
				assertThat(ex.getLine()).isEqualTo(1);
				assertThat(ex.getMessage()).startsWith("Line 1: more than 1000 cells in one row");
			});
		assertNothingImported();
	}

	@Test
	void rejectsALineOver2MegabytesMadeOfCellsUnderTheLimit() throws IOException {
		List<String> header = OgpFiles.header();
		List<List<String>> rows = OgpFiles.rows().subList(0, 5);
		String longCell = "x".repeat(720_000);
		for (String column : List.of("Commitment Title", "Short Title", "Full Text")) {
			rows.get(2).set(OgpFiles.column(column), longCell);
		}
		Path file = OgpFiles.write(this.folder, "long-line.csv", OgpFiles.csv(header, rows));

		assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> this.importer.apply(file, "long-line.csv"))
			.satisfies((ex) -> {
				assertThat(ex.getLine()).isEqualTo(OgpFiles.lineOf(header, rows, 2));
				assertThat(ex.getMessage()).contains("a line longer than 2097152 characters");
			});
		assertNothingImported();
	}

	@Test
	void readsCellsWithQuotesCommasAndLineBreaksWithinTheLimits() throws IOException {
		List<String> header = OgpFiles.header();
		List<List<String>> rows = OgpFiles.rows().subList(0, 3);
		rows.get(0).set(OgpFiles.column("Full Text"), "He said \"yes, \"\"no\"\"\",\r\nthen\n" + "y".repeat(200_000));
		Path file = OgpFiles.write(this.folder, "quotes.csv", OgpFiles.csv(header, rows));

		ImportReport report = this.importer.apply(file, "quotes.csv");

		assertThat(report.commitments().created()).isEqualTo(3);
	}

	/**
	 * The rows as CSV, with the cell holding {@link #BIG} written as {@code size}
	 * characters, a line break after every thousand when {@code lineBreak} is not empty,
	 * without ever holding it in memory.
	 */
	private Path write(List<String> header, List<List<String>> rows, DataSize size, String lineBreak)
			throws IOException {
		String[] around = OgpFiles.csv(header, rows).split(BIG);
		Path file = this.folder.resolve("big.csv");
		char[] chunk = new char[1000];
		java.util.Arrays.fill(chunk, 'x');
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write(around[0]);
			out.write('"');
			for (long written = 0; written < size.toBytes(); written += chunk.length) {
				out.write(chunk);
				out.write(lineBreak);
			}
			out.write('"');
			out.write(around[1]);
		}
		return file;
	}

	private void assertNothingImported() {
		assertThat(this.jdbc.queryForObject("select count(*) from commitment_sources", Integer.class)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from audit_events", Integer.class)).isZero();
	}

}

package org.opengovpartnership.portal.opendata;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengovpartnership.portal.commitment.CommitmentFilter;
import org.opengovpartnership.portal.opendata.ImportReport.Counts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The import (of an upload kept in the database), its rejection and the round trip on a
 * real PostgreSQL server started in-process, with the {@code postgres} profile, so that
 * the importer's SQL and V5 hold on both databases.
 */
@SpringBootTest(properties = "portal.data-dir=target/opendata-postgres-test")
@ActiveProfiles("postgres")
class OgpImportOnPostgresTests {

	private static EmbeddedPostgres server;

	@Autowired
	private OgpImporter importer;

	@Autowired
	private OgpExporter exporter;

	@Autowired
	private StagedImports staged;

	@Autowired
	private org.springframework.transaction.support.TransactionTemplate transactions;

	@Autowired
	private JdbcTemplate jdbc;

	@TempDir
	private Path folder;

	@DynamicPropertySource
	static void pointAtTheEmbeddedServer(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> server().getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	private static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL server", ex);
			}
		}
		return server;
	}

	@Test
	void importsRejectsAndRoundTripsOnPostgres() throws IOException, InterruptedException {
		List<String> header = OgpFiles.header();
		List<List<String>> rows = OgpFiles.rows();
		rows.get(rows.size() - 1).set(OgpFiles.column("Commitment Unique Identifier"), rows.get(0).get(0));
		Path bad = OgpFiles.write(this.folder, "bad.csv", OgpFiles.csv(header, rows));
		assertThatExceptionOfType(ImportRejectedException.class).isThrownBy(() -> this.importer.apply(bad, "bad.csv"))
			.satisfies((ex) -> assertThat(ex.getLine()).isEqualTo(OgpFiles.lineOf(header, rows, rows.size() - 1)));
		assertThat(count("commitments")).isEqualTo(87);
		assertThat(count("members")).isEqualTo(1);

		StagedImports.StagedImport upload;
		try (java.io.InputStream content = java.nio.file.Files.newInputStream(OgpFiles.realFile())) {
			upload = this.staged.stage("ogp.csv", "editor", content);
		}
		ImportReport first = this.staged.withFile(this.staged.find(upload.id()).orElseThrow(),
				(path) -> this.importer.apply(path, "ogp.csv"));
		this.staged.remove(upload.id());
		assertThat(first.members()).isEqualTo(new Counts(75, 0, 0, 0));
		assertThat(first.plans()).isEqualTo(new Counts(214, 0, 0, 0));
		assertThat(first.commitments()).isEqualTo(new Counts(558, 0, 0, 0));
		assertThat(this.jdbc.queryForObject("select lead_institution from commitments where code = 'AR0045'",
				String.class))
			.isEqualTo("Cámara de Diputados de la Nación - Senado de la Nación");
		String provenance = "select source_kind, source_file, source_date, source_commitments, source_plans, "
				+ "source_partial from members where slug = 'ukraine'";
		java.util.Map<String, Object> ukraine = this.jdbc.queryForMap(provenance);
		assertThat(ukraine).containsEntry("source_kind", "IMPORT")
			.containsEntry("source_file", "ogp.csv")
			.containsEntry("source_commitments", 32)
			.containsEntry("source_plans", "1,2,3,4,5,6")
			.containsEntry("source_partial", true);
		assertThat(this.importer.apply(OgpFiles.realFile(), "ogp.csv").commitments())
			.isEqualTo(new Counts(0, 0, 558, 0));
		assertThat(this.jdbc.queryForMap(provenance)).isEqualTo(ukraine);

		java.util.concurrent.CountDownLatch locked = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
		Thread otherInstance = new Thread(() -> this.transactions.executeWithoutResult((status) -> {
			this.jdbc.queryForList("select id from import_lock where id = 1 for update", Integer.class);
			locked.countDown();
			try {
				done.await(30, java.util.concurrent.TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}));
		otherInstance.start();
		try {
			assertThat(locked.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
			assertThatExceptionOfType(ImportRejectedException.class)
				.isThrownBy(() -> this.importer.apply(OgpFiles.realFile(), "ogp.csv"))
				.withMessageContaining("Another import is running");
		}
		finally {
			done.countDown();
			otherInstance.join();
		}

		StringWriter export = new StringWriter();
		this.exporter.csv(null, new CommitmentFilter(), export);
		ImportReport again = this.importer.apply(OgpFiles.write(this.folder, "export.csv", export.toString()),
				"export.csv");
		assertThat(again.members()).isEqualTo(new Counts(0, 0, 76, 0));
		assertThat(again.commitments()).isEqualTo(new Counts(0, 0, 87 + 558, 0));
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

}

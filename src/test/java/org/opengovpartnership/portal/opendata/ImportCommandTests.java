package org.opengovpartnership.portal.opendata;

import org.opengovpartnership.portal.FreshSchema;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@TestPropertySource(locations = "classpath:opendata/test.properties")
class ImportCommandTests {

	@Autowired
	private ImportCommand command;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Flyway flyway;

	@TempDir
	private Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void freshDatabase() {
		FreshSchema.recreate(this.flyway);
	}

	@Test
	void importsAFileAndSaysWhatChanged() {
		assertThat(run(OgpFiles.realFile())).as("exit code for an imported file, as the README promises").isEqualTo(0);

		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("Imported ogp-commitments-open-parliament")
			.contains("558 rows")
			.contains("commitments:  558 created, 0 updated, 0 unchanged, 0 in conflict");
		assertThat(this.jdbc.queryForObject("select username from audit_events where action = 'IMPORT'", String.class))
			.startsWith("command line (");
		assertThat(this.jdbc.queryForObject("select source_file from members where slug = 'ukraine'", String.class))
			.as("the file a member's page names")
			.isEqualTo("ogp-commitments-open-parliament-2024-07.csv");
	}

	@Test
	void exitsWithOneAndTheReasonForARejectedFile() {
		List<String> header = OgpFiles.header();
		List<List<String>> rows = OgpFiles.rows().subList(0, 4);
		rows.get(2).set(OgpFiles.column("Year Of Submission"), "MMXVIII");
		Path bad = OgpFiles.write(this.folder, "bad.csv", OgpFiles.csv(header, rows));

		assertThat(run(bad)).as("exit code for a rejected file, as the README promises").isEqualTo(1);

		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("bad.csv was not imported")
			.contains("Line " + OgpFiles.lineOf(header, rows, 2) + ", column \u201cYear Of Submission\u201d");
		assertThat(this.jdbc.queryForObject("select count(*) from commitments", Integer.class)).isEqualTo(87);
	}

	@Test
	void exitsWithTwoForAMissingFile() {
		assertThat(run(this.folder.resolve("missing.csv"))).as("exit code for a missing file, as the README promises")
			.isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("No such file");
	}

	@Test
	void keepsOffThePortalsPortWhenImporting() {
		StandardEnvironment environment = new StandardEnvironment();
		new ImportCommandEnvironment().postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("server.port")).isNull();

		environment.getPropertySources().addFirst(new MapPropertySource("args", Map.of("portal.import", "x.csv")));
		new ImportCommandEnvironment().postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("server.port")).isEqualTo("0");
		assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
	}

	private int run(Path file) {
		return this.command.importFile(file, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

}

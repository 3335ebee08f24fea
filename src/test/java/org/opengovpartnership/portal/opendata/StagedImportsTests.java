package org.opengovpartnership.portal.opendata;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.opendata.StagedImports.StagedImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest
@TestPropertySource(locations = "classpath:opendata/test.properties")
class StagedImportsTests {

	@Autowired
	private StagedImports staged;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void keepsAnUploadInPartsAndGivesItBackWhole() {
		byte[] content = new byte[2 * StagedImports.PART_SIZE + 1234];
		new Random(4).nextBytes(content);

		StagedImport upload = this.staged.stage("ogp.csv", "editor", new ByteArrayInputStream(content));

		assertThat(this.jdbc.queryForObject("select count(*) from import_upload_parts where upload_id = ?",
				Integer.class, upload.id()))
			.isEqualTo(3);
		StagedImport found = this.staged.find(upload.id()).orElseThrow();
		assertThat(found.fileName()).isEqualTo("ogp.csv");
		assertThat(found.uploadedBy()).isEqualTo("editor");
		Path[] copy = new Path[1];
		byte[] read = this.staged.withFile(found, (path) -> {
			copy[0] = path;
			try {
				return Files.readAllBytes(path);
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		assertThat(read).isEqualTo(content);
		assertThat(copy[0]).doesNotExist();

		this.staged.remove(upload.id());
		assertThat(this.staged.find(upload.id())).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from import_upload_parts where upload_id = ?",
				Integer.class, upload.id()))
			.isZero();
	}

	@Test
	void forgetsAnUploadAtOnceAndDeletesItsPartsAfterwards() {
		StagedImport upload = this.staged.stage("ogp.csv", "editor",
				new ByteArrayInputStream(new byte[3 * StagedImports.PART_SIZE]));

		this.staged.removeLater(upload.id());

		assertThat(this.staged.find(upload.id())).isEmpty();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.jdbc.queryForObject(
					"select count(*) from import_upload_parts where upload_id = ?", Integer.class, upload.id()))
				.isZero());
		assertThat(this.jdbc.queryForObject("select count(*) from import_uploads where id = ?", Integer.class,
				upload.id()))
			.isZero();
	}

	@Test
	void forgetsEveryPartOfALargeUploadAFewAtATime() {
		byte[] content = new byte[20 * StagedImports.PART_SIZE + 1];
		StagedImport upload = this.staged.stage("ogp-large.csv", "editor", new ByteArrayInputStream(content));
		assertThat(this.jdbc.queryForObject("select count(*) from import_upload_parts where upload_id = ?",
				Integer.class, upload.id()))
			.isEqualTo(21);

		this.staged.remove(upload.id());

		assertThat(this.staged.find(upload.id())).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from import_upload_parts where upload_id = ?",
				Integer.class, upload.id()))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from import_uploads where id = ?", Integer.class,
				upload.id()))
			.isZero();
	}

	@Test
	void cleansAnUploadsFileName() {
		assertThat(StagedImports.cleanFileName("og\0p.csv")).isEqualTo("ogp.csv");
		assertThat(StagedImports.cleanFileName("C:\\Users\\ana\\ogp.csv")).isEqualTo("ogp.csv");
		assertThat(StagedImports.cleanFileName("../../etc/ogp.csv ")).isEqualTo("ogp.csv");
		assertThat(StagedImports.cleanFileName("\007")).isEqualTo("upload.csv");
		assertThat(StagedImports.cleanFileName(null)).isEqualTo("upload.csv");
		assertThat(StagedImports.cleanFileName("a".repeat(5000))).hasSize(StagedImports.MAX_FILE_NAME);
	}

	@Test
	void forgetsUploadsAfterAnHour() {
		StagedImport old = this.staged.stage("old.csv", "editor", new ByteArrayInputStream(new byte[] { 'a' }));
		this.jdbc.update("update import_uploads set staged_at = staged_at - interval '2' hour where id = ?", old.id());

		assertThat(this.staged.find(old.id())).isEmpty();
		StagedImport fresh = this.staged.stage("new.csv", "editor", new ByteArrayInputStream(new byte[] { 'b' }));
		assertThat(
				this.jdbc.queryForObject("select count(*) from import_uploads where id = ?", Integer.class, old.id()))
			.isZero();
		assertThat(this.staged.find(fresh.id())).isPresent();
		this.staged.remove(fresh.id());
	}

	@Test
	void deletesTheCopiesACrashLeftBehind() throws Exception {
		Path folder = Files.createDirectories(Path.of("target/opendata-test/imports"));
		Path left = Files.writeString(folder.resolve("0b1c-crashed.csv"), "Commitment Unique Identifier\n");

		this.staged.removeLeftoverCopies();

		assertThat(left).doesNotExist();
		assertThat(folder).isEmptyDirectory();
	}

}

package org.opengovpartnership.portal.opendata;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.opendata.StagedImports.StagedImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

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

		StagedImport upload = this.staged.stage("ogp.csv", new ByteArrayInputStream(content));

		assertThat(this.jdbc.queryForObject("select count(*) from import_upload_parts where upload_id = ?",
				Integer.class, upload.id()))
			.isEqualTo(3);
		StagedImport found = this.staged.find(upload.id()).orElseThrow();
		assertThat(found.fileName()).isEqualTo("ogp.csv");
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
	void forgetsUploadsAfterAnHour() {
		StagedImport old = this.staged.stage("old.csv", new ByteArrayInputStream(new byte[] { 'a' }));
		this.jdbc.update("update import_uploads set staged_at = staged_at - interval '2' hour where id = ?", old.id());

		assertThat(this.staged.find(old.id())).isEmpty();
		StagedImport fresh = this.staged.stage("new.csv", new ByteArrayInputStream(new byte[] { 'b' }));
		assertThat(this.jdbc.queryForObject("select count(*) from import_uploads where id = ?", Integer.class,
				old.id()))
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

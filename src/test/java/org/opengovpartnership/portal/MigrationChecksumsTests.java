package org.opengovpartnership.portal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A committed migration keeps its content: Flyway refuses a database migrated before an
 * edit, so a change goes into a new migration, whose checksum is added to
 * {@code src/test/resources/migrations.sha256}.
 */
class MigrationChecksumsTests {

	@Test
	void everyCommittedMigrationKeepsItsContent() throws Exception {
		assertThat(migrations()).as("SHA-256 of db/migration/V*.sql against src/test/resources/migrations.sha256")
			.containsExactlyInAnyOrderEntriesOf(recorded());
	}

	private static Map<String, String> migrations() throws IOException, NoSuchAlgorithmException {
		Map<String, String> checksums = new TreeMap<>();
		for (Resource migration : new PathMatchingResourcePatternResolver()
			.getResources("classpath:db/migration/V*.sql")) {
			try (InputStream content = migration.getInputStream()) {
				byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.readAllBytes());
				checksums.put(migration.getFilename(), HexFormat.of().formatHex(digest));
			}
		}
		return checksums;
	}

	private static Map<String, String> recorded() throws IOException {
		Map<String, String> checksums = new TreeMap<>();
		String lines = new ClassPathResource("migrations.sha256").getContentAsString(StandardCharsets.UTF_8);
		lines.lines().filter((line) -> !line.isBlank() && !line.startsWith("#")).forEach((line) -> {
			String[] checksumAndFile = line.trim().split("\\s+");
			checksums.put(checksumAndFile[1], checksumAndFile[0]);
		});
		return checksums;
	}

}

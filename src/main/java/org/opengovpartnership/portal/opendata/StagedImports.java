package org.opengovpartnership.portal.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploaded files waiting for an admin to confirm their import, for an hour at most. They are kept in the database,
 * in parts, so that whichever instance of the portal gets the confirmation finds the file that another one
 * previewed; to be read, a file is copied to {@code imports/} under {@code portal.data-dir} for as long as needed.
 */
@Component
class StagedImports {

	private static final Logger logger = LoggerFactory.getLogger(StagedImports.class);

	static final Duration KEPT = Duration.ofHours(1);

	static final int PART_SIZE = 512 * 1024;

	/** An uploaded file, known by a random id that the preview's confirm button carries. */
	record StagedImport(String id, String fileName, Instant stagedAt) {
	}

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Path folder;

	private final Clock clock;

	StagedImports(JdbcTemplate jdbc, PlatformTransactionManager transactions,
			@Value("${portal.data-dir}") Path dataDir, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.folder = dataDir.resolve("imports");
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Deletes the copies a crash left behind (a copy lives only while one request reads it, and one instance at a
	 * time uses a data folder).
	 */
	@EventListener(ApplicationStartedEvent.class)
	void removeLeftoverCopies() {
		if (!Files.isDirectory(this.folder)) {
			return;
		}
		try (Stream<Path> copies = Files.list(this.folder)) {
			for (Path copy : copies.filter(Files::isRegularFile).toList()) {
				Files.deleteIfExists(copy);
				logger.info("Deleted {}, left behind by an import that did not finish", copy);
			}
		}
		catch (IOException ex) {
			logger.warn("Could not delete the import copies left in {}", this.folder, ex);
		}
	}

	/** Keeps an uploaded file, part by part, and forgets files older than {@link #KEPT}. */
	StagedImport stage(String fileName, InputStream content) {
		StagedImport upload = new StagedImport(UUID.randomUUID().toString(), fileName, this.clock.instant());
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.update("delete from import_uploads where staged_at < ?",
					timestamp(this.clock.instant().minus(KEPT)));
			this.jdbc.update("insert into import_uploads (id, file_name, staged_at) values (?, ?, ?)", upload.id(),
					fileName, timestamp(upload.stagedAt()));
			try {
				byte[] part = content.readNBytes(PART_SIZE);
				for (int position = 0; part.length > 0; position++) {
					this.jdbc.update("insert into import_upload_parts (upload_id, position, content) values (?, ?, ?)",
							upload.id(), position, part);
					part = content.readNBytes(PART_SIZE);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		return upload;
	}

	Optional<StagedImport> find(String id) {
		return this.jdbc
			.query("select id, file_name, staged_at from import_uploads where id = ? and staged_at >= ?",
					(row, number) -> new StagedImport(row.getString(1), row.getString(2),
							row.getObject(3, OffsetDateTime.class).toInstant()),
					id, timestamp(this.clock.instant().minus(KEPT)))
			.stream()
			.findFirst();
	}

	/** Gives the work a local copy of the file, read one part at a time, and deletes the copy afterwards. */
	<T> T withFile(StagedImport upload, Function<Path, T> work) {
		Path copy;
		try {
			Files.createDirectories(this.folder);
			copy = Files.createTempFile(this.folder, upload.id(), ".csv");
			try (OutputStream out = Files.newOutputStream(copy)) {
				for (int position = 0;; position++) {
					List<byte[]> part = this.jdbc.query(
							"select content from import_upload_parts where upload_id = ? and position = ?",
							(row, number) -> row.getBytes(1), upload.id(), position);
					if (part.isEmpty()) {
						break;
					}
					out.write(part.get(0));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			return work.apply(copy);
		}
		finally {
			try {
				Files.deleteIfExists(copy);
			}
			catch (IOException ex) {
				// A copy left behind is harmless; the next one gets another name.
			}
		}
	}

	void remove(String id) {
		this.jdbc.update("delete from import_uploads where id = ?", id);
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}

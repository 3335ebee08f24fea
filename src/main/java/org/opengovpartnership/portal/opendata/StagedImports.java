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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import org.opengovpartnership.portal.system.ControlCharacters;
import org.opengovpartnership.portal.system.PortalProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploaded files waiting for an admin to confirm their import, for an hour at most. They
 * are kept in the database, in parts, so that whichever instance of the portal gets the
 * confirmation finds the file that another one previewed; to be read, a file is copied to
 * {@code imports/} under {@code portal.data-dir} for as long as needed.
 */
@Component
class StagedImports implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(StagedImports.class);

	static final Duration KEPT = Duration.ofHours(1);

	static final int PART_SIZE = 512 * 1024;

	/** The parts of a file deleted by one statement (4 MB). */
	private static final int PARTS_PER_DELETE = 8;

	/**
	 * An uploaded file, known by a random id that the preview's confirm button carries,
	 * and who uploaded it (null for uploads older than the column).
	 */
	record StagedImport(String id, String fileName, String uploadedBy, Instant stagedAt) {

		/** Whether this person may confirm the import: its uploader, or any admin. */
		boolean mayBeConfirmedBy(String username, boolean admin) {
			return admin || (this.uploadedBy != null && this.uploadedBy.equalsIgnoreCase(username));
		}

	}

	/** The longest file name kept; longer ones are cut. */
	static final int MAX_FILE_NAME = 200;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Path folder;

	private final Clock clock;

	/**
	 * Deletes the parts of the files forgotten once confirmed, after the confirmation has
	 * answered: some 1.4 s for a 200 MB file.
	 */
	private final ExecutorService forgetting = Executors.newSingleThreadExecutor((work) -> {
		Thread thread = new Thread(work, "staged-imports-forgetting");
		thread.setDaemon(true);
		return thread;
	});

	StagedImports(JdbcTemplate jdbc, PlatformTransactionManager transactions, PortalProperties properties,
			ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.folder = properties.dataDir().resolve("imports");
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Deletes the copies a crash left behind (a copy lives only while one request reads
	 * it, and one instance at a time uses a data folder).
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

	/**
	 * Keeps an uploaded file, part by part, and forgets files older than {@link #KEPT}.
	 */
	StagedImport stage(String fileName, String uploadedBy, InputStream content) {
		StagedImport upload = new StagedImport(UUID.randomUUID().toString(), fileName, uploadedBy,
				this.clock.instant());
		this.jdbc
			.queryForList("select id from import_uploads where staged_at < ?", String.class,
					timestamp(this.clock.instant().minus(KEPT)))
			.forEach(this::remove);
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.update("insert into import_uploads (id, file_name, uploaded_by, staged_at) values (?, ?, ?, ?)",
					upload.id(), fileName, uploadedBy, timestamp(upload.stagedAt()));
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
			.query("select id, file_name, uploaded_by, staged_at from import_uploads where id = ? and staged_at >= ?",
					(row, number) -> new StagedImport(row.getString(1), row.getString(2), row.getString(3),
							row.getObject(4, OffsetDateTime.class).toInstant()),
					id, timestamp(this.clock.instant().minus(KEPT)))
			.stream()
			.findFirst();
	}

	/**
	 * Gives the work a local copy of the file, read one part at a time, and deletes the
	 * copy afterwards.
	 */
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

	/**
	 * The name to keep for an uploaded file: its last path segment (browsers on Windows
	 * may send the whole path), without control characters or surrounding spaces, at most
	 * {@link #MAX_FILE_NAME} characters; "upload.csv" when nothing is left.
	 */
	static String cleanFileName(String original) {
		String name = (original != null) ? ControlCharacters.remove(original) : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
		if (name.length() > MAX_FILE_NAME) {
			name = name.substring(0, MAX_FILE_NAME);
		}
		return name.isEmpty() ? "upload.csv" : name;
	}

	/**
	 * Forgets an uploaded file: expired first, so that no one confirms it half forgotten,
	 * then a few parts per statement. Deleting a 200 MB file's parts in one statement
	 * made H2 write them all again in one piece, more than a 256 MB heap holds, and
	 * closed the database.
	 */
	void remove(String id) {
		expire(id);
		delete(id);
	}

	/** Deletes an expired upload, a few parts per statement. */
	private void delete(String id) {
		Integer last = this.jdbc.queryForObject("select max(position) from import_upload_parts where upload_id = ?",
				Integer.class, id);
		for (int from = 0; last != null && from <= last; from += PARTS_PER_DELETE) {
			this.jdbc.update("delete from import_upload_parts where upload_id = ? and position >= ? and position < ?",
					id, from, from + PARTS_PER_DELETE);
		}
		this.jdbc.update("delete from import_uploads where id = ?", id);
	}

	/**
	 * Forgets an uploaded file as {@link #remove(String)} does, its parts deleted after
	 * the caller has gone on; a stop in between leaves them expired, for the next upload
	 * to delete.
	 */
	void removeLater(String id) {
		expire(id);
		this.forgetting.execute(() -> {
			try {
				delete(id);
			}
			catch (RuntimeException ex) {
				logger.warn("Could not delete the upload {}; the next upload deletes it", id, ex);
			}
		});
	}

	private void expire(String id) {
		this.jdbc.update("update import_uploads set staged_at = ? where id = ?", timestamp(Instant.EPOCH), id);
	}

	@Override
	public void destroy() throws InterruptedException {
		this.forgetting.shutdown();
		this.forgetting.awaitTermination(10, TimeUnit.SECONDS);
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}

package org.opengovpartnership.portal.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Uploaded files waiting for an admin to confirm their import, kept in {@code imports/} under
 * {@code portal.data-dir} for an hour at most.
 */
@Component
class StagedImports {

	static final Duration KEPT = Duration.ofHours(1);

	/** An uploaded file, known by a random id that the preview's confirm button carries. */
	record StagedImport(String id, String fileName, Path path, Instant stagedAt) {
	}

	private final Path folder;

	private final Clock clock;

	private final Map<String, StagedImport> staged = new ConcurrentHashMap<>();

	StagedImports(@Value("${portal.data-dir}") Path dataDir, ObjectProvider<Clock> clock) {
		this.folder = dataDir.resolve("imports");
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	StagedImport stage(String fileName, InputStream content) {
		forgetExpired();
		String id = UUID.randomUUID().toString();
		try {
			Files.createDirectories(this.folder);
			Path path = this.folder.resolve(id + ".csv");
			Files.copy(content, path, StandardCopyOption.REPLACE_EXISTING);
			StagedImport upload = new StagedImport(id, fileName, path, this.clock.instant());
			this.staged.put(id, upload);
			return upload;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Optional<StagedImport> find(String id) {
		forgetExpired();
		return Optional.ofNullable(this.staged.get(id));
	}

	void remove(String id) {
		StagedImport upload = this.staged.remove(id);
		if (upload != null) {
			delete(upload.path());
		}
	}

	private void forgetExpired() {
		Instant oldest = this.clock.instant().minus(KEPT);
		this.staged.values().removeIf((upload) -> {
			if (upload.stagedAt().isBefore(oldest)) {
				delete(upload.path());
				return true;
			}
			return false;
		});
	}

	private static void delete(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			// A file left behind is harmless; the next upload gets another name.
		}
	}

}

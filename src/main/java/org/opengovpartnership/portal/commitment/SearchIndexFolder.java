package org.opengovpartnership.portal.commitment;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * Where the search index is kept: {@code search-index} under {@code portal.data-dir}, on
 * disk and outside the heap (Lucene maps its files into memory), so that a restart finds
 * it. Another process using the same folder (a second instance started on the same data
 * folder) has one of its own in a temporary folder, deleted when it stops.
 */
final class SearchIndexFolder implements Closeable {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexFolder.class);

	private static final String STAGING = "search-index-staging-";

	private final Directory directory;

	private final IndexWriter writer;

	private final Path temporary;

	/** Where the documents of an import are analysed before they join the index. */
	private final Path stagingParent;

	private SearchIndexFolder(Directory directory, IndexWriter writer, Path temporary, Path stagingParent) {
		this.directory = directory;
		this.writer = writer;
		this.temporary = temporary;
		this.stagingParent = stagingParent;
	}

	static SearchIndexFolder open(Path dataDir, Supplier<IndexWriterConfig> config) {
		Path folder = dataDir.resolve("search-index");
		try {
			Files.createDirectories(folder);
			Directory directory = FSDirectory.open(folder);
			try {
				IndexWriter writer = new IndexWriter(directory, config.get());
				removeStagingLeftOver(dataDir);
				return new SearchIndexFolder(directory, writer, null, dataDir);
			}
			catch (LockObtainFailedException ex) {
				directory.close();
				// A data folder of its own, so that staging folders
				// stay beside the index, not inside it.
				Path temporary = Files.createTempDirectory("ogp-search-index");
				log.info("The search index in {} is in use by another process: this one keeps its own in {}", folder,
						temporary);
				Directory own = FSDirectory.open(Files.createDirectory(temporary.resolve(folder.getFileName())));
				return new SearchIndexFolder(own, new IndexWriter(own, config.get()), temporary, temporary);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	IndexWriter writer() {
		return this.writer;
	}

	/** A new folder for the documents of an import, beside the index (same disk). */
	Path stagingFolder() {
		try {
			return Files.createTempDirectory(this.stagingParent, STAGING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Deletes the staging folders of imports that a crash interrupted, once this process
	 * holds the index (so none is another's).
	 */
	private static void removeStagingLeftOver(Path dataDir) throws IOException {
		try (Stream<Path> folders = Files.list(dataDir)) {
			for (Path folder : folders.filter((path) -> path.getFileName().toString().startsWith(STAGING)).toList()) {
				FileSystemUtils.deleteRecursively(folder);
			}
		}
	}

	@Override
	public void close() throws IOException {
		try {
			this.writer.close();
		}
		finally {
			this.directory.close();
			if (this.temporary != null) {
				FileSystemUtils.deleteRecursively(this.temporary);
			}
		}
	}

}

package org.opengovpartnership.portal.commitment;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.CompletableFuture;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.opengovpartnership.portal.system.Terms;
import org.springframework.util.FileSystemUtils;

/**
 * The documents of what an import wrote, analysed while it goes on into an index of their
 * own in a folder beside the search index: the import thread hands each part over and
 * goes on writing the next. The parts are analysed one after the other on one of the
 * index's threads, which leaves the import thread a core of its own (both threads at once
 * made the import of 50,000 rows some 5 s slower on two cores); the last ones are
 * analysed while the database commits, which takes one core. A few parts at most wait to
 * be analysed, so memory stays bounded however large the file.
 */
final class StagedDocuments implements Closeable {

	/** How many parts may wait to be analysed: some 4,000 commitments. */
	private static final int PARTS_WAITING = 8;

	private final Path folder;

	private final Directory directory;

	private final IndexWriter writer;

	private final ForkJoinPool analysing;

	private final Terms terms;

	private final Set<Long> ids = new HashSet<>();

	/** The parts handed over and not yet analysed, oldest first. */
	private final Deque<CompletableFuture<Void>> waiting = new ArrayDeque<>();

	/**
	 * The last part's analysis: each part is analysed after the one before, on one
	 * thread.
	 */
	private CompletableFuture<Void> last = CompletableFuture.completedFuture(null);

	StagedDocuments(Path folder, ForkJoinPool analysing, Terms terms) {
		this.folder = folder;
		this.analysing = analysing;
		this.terms = terms;
		try {
			this.directory = FSDirectory.open(folder);
			this.writer = new IndexWriter(this.directory, new IndexWriterConfig(SearchLanguages.INDEXED));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Analyses these documents while the caller goes on, once the part before is done.
	 */
	void add(List<IndexedCommitment> values) {
		while (this.waiting.size() >= PARTS_WAITING) {
			this.waiting.removeFirst().join();
		}
		values.forEach((value) -> this.ids.add(value.id()));
		this.last = this.last.thenRunAsync(() -> values.forEach(this::addDocument), this.analysing);
		this.waiting.addLast(this.last);
	}

	private void addDocument(IndexedCommitment value) {
		try {
			this.writer.addDocument(CommitmentDocuments.document(value, this.terms));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The commitments whose documents are here. */
	Set<Long> ids() {
		return this.ids;
	}

	/** Adds every document here to the search index, once all are analysed. */
	void addTo(IndexWriter index) throws IOException {
		finishAnalysis();
		// Committed and closed: the index takes this folder's lock while it copies it.
		this.writer.close();
		index.addIndexes(this.directory);
	}

	private void finishAnalysis() {
		this.last.join();
		this.waiting.clear();
	}

	/** Forgets these documents: the import rolled back, or they joined the index. */
	@Override
	public void close() {
		try {
			this.waiting.forEach((analysis) -> analysis.cancel(false));
			try {
				this.last.join();
			}
			catch (RuntimeException ex) {
				// Cancelled or failed: nothing of it is kept.
			}
			if (this.writer.isOpen()) {
				this.writer.rollback();
			}
			this.directory.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			FileSystemUtils.deleteRecursively(this.folder.toFile());
		}
	}

}

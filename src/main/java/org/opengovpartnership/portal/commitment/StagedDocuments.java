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
 * made the import of 50,000 rows into H2 some 5 s slower on two cores), and the last ones
 * are analysed while the database commits; when the import writes faster than one thread
 * analyses (PostgreSQL writes in a process of its own), a second lane takes the parts the
 * first has no room for. A few parts at most wait to be analysed, so memory stays bounded
 * however large the file.
 */
final class StagedDocuments implements Closeable {

	/** How many parts may wait in each lane: some 4,000 commitments in all. */
	private static final int PARTS_AHEAD = 4;

	private final Path folder;

	private final Directory directory;

	private final IndexWriter writer;

	private final ForkJoinPool analysing;

	private final Terms terms;

	private final Set<Long> ids = new HashSet<>();

	/** Set once these documents are forgotten: a part being analysed stops. */
	private volatile boolean closed;

	/** The lane every part takes while it keeps up with the import. */
	private final Lane first = new Lane();

	/** The lane the parts take while the first is full: the import writes faster. */
	private final Lane second = new Lane();

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
	 * Analyses these documents while the caller goes on, in the first lane unless it is
	 * full; waits while both are.
	 * @throws RuntimeException when a part before failed to be analysed
	 */
	void add(List<IndexedCommitment> values) {
		values.forEach((value) -> this.ids.add(value.id()));
		Lane lane = (this.first.waiting() < PARTS_AHEAD) ? this.first : this.second;
		lane.add(values);
	}

	private void addDocument(IndexedCommitment value) {
		if (this.closed) {
			return;
		}
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
		this.first.finish();
		this.second.finish();
	}

	/** Forgets these documents: the import rolled back, or they joined the index. */
	@Override
	public void close() {
		this.closed = true;
		try {
			this.first.cancel();
			this.second.cancel();
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

	/**
	 * Parts analysed one after the other on one of the index's threads, at most
	 * {@link #PARTS_AHEAD} waiting.
	 */
	private final class Lane {

		/** The parts handed over and not analysed yet, oldest first. */
		private final Deque<CompletableFuture<Void>> parts = new ArrayDeque<>();

		/** How many parts wait; a failed analysis is thrown here. */
		int waiting() {
			while (!this.parts.isEmpty() && this.parts.peekFirst().isDone()) {
				this.parts.removeFirst().join();
			}
			return this.parts.size();
		}

		void add(List<IndexedCommitment> values) {
			while (waiting() >= PARTS_AHEAD) {
				this.parts.removeFirst().join();
			}
			CompletableFuture<Void> before = this.parts.isEmpty() ? CompletableFuture.completedFuture(null)
					: this.parts.peekLast();
			this.parts.addLast(before.thenRunAsync(() -> values.forEach(StagedDocuments.this::addDocument),
					StagedDocuments.this.analysing));
		}

		void finish() {
			while (!this.parts.isEmpty()) {
				this.parts.removeFirst().join();
			}
		}

		void cancel() {
			this.parts.forEach((part) -> part.cancel(false));
			this.parts.clear();
		}

	}

}

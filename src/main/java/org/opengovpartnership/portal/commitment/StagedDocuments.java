package org.opengovpartnership.portal.commitment;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.opengovpartnership.portal.system.Terms;
import org.springframework.util.FileSystemUtils;

/**
 * The documents of what an import wrote, analysed while it goes on, on the index's
 * threads, into an index of their own in a folder beside the search index: the import
 * thread hands each part over and goes on writing the next, so the analysis takes the
 * other core's time instead of adding to the import's. One part at most waits to be
 * analysed, so memory stays bounded however large the file.
 */
final class StagedDocuments implements Closeable {

	private final Path folder;

	private final Directory directory;

	private final IndexWriter writer;

	private final ForkJoinPool analysing;

	private final Terms terms;

	private final Set<Long> ids = new HashSet<>();

	private ForkJoinTask<?> analysis;

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
		finishAnalysis();
		values.forEach((value) -> this.ids.add(value.id()));
		this.analysis = CommitmentDocuments.analyse(this.analysing, this.writer, values, this.terms);
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
		if (this.analysis != null) {
			this.analysis.join();
			this.analysis = null;
		}
	}

	/** Forgets these documents: the import rolled back, or they joined the index. */
	@Override
	public void close() {
		try {
			if (this.analysis != null) {
				this.analysis.cancel(true);
				this.analysis.quietlyJoin();
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

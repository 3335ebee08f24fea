package org.opengovpartnership.portal.commitment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.opengovpartnership.portal.system.MemberContentChanged;
import org.opengovpartnership.portal.system.PortalProperties;
import org.opengovpartnership.portal.system.SearchGeneration;
import org.opengovpartnership.portal.system.Terms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.opengovpartnership.portal.commitment.CommitmentDocuments.ID;
import static org.opengovpartnership.portal.commitment.CommitmentDocuments.MEMBER;

/**
 * The commitments' text index (Apache Lucene, on disk under {@code portal.data-dir}):
 * kept up to date when a change commits, from the {@link MemberContentChanged} that every
 * writer publishes (one member's commitments again, or what an import changed). Each of
 * its commits records the content versions it holds ({@link IndexedVersions}), so at
 * start only what moved since is indexed again. Each document also carries the explorers'
 * filter values, so a search across every member filters, counts and sorts in the index.
 */
@Component
public class CommitmentIndex implements SearchGeneration, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(CommitmentIndex.class);

	/**
	 * Commitments read per statement while indexing, so a large database is never all in
	 * memory at once.
	 */
	private static final int CHUNK = 2000;

	private final IndexedCommitments database;

	private final Terms terms;

	private final SearchIndexFolder folder;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	/** The versions the index holds, as its next commit records them. */
	private IndexedVersions indexed;

	private volatile boolean upToDate;

	/**
	 * Whether the application is ready: the changes heard before (the command-line
	 * import's) are found by their versions when the index is brought up to date.
	 */
	private volatile boolean started;

	private final AtomicLong generation = new AtomicLong();

	/**
	 * The threads that analyse documents, one per core, while the caller waits (a
	 * rebuild, an edit) or goes on (an import).
	 */
	private final ForkJoinPool analysing = new ForkJoinPool(Runtime.getRuntime().availableProcessors());

	/**
	 * The documents of the import in progress (one at a time: imports take a lock),
	 * analysed while it goes on; null when none runs.
	 */
	private volatile StagedDocuments staged;

	CommitmentIndex(IndexedCommitments database, Terms terms, PortalProperties properties) {
		this.database = database;
		this.terms = terms;
		this.folder = SearchIndexFolder.open(properties.dataDir(),
				() -> new IndexWriterConfig(SearchLanguages.INDEXED));
		this.writer = this.folder.writer();
		this.indexed = IndexedVersions.of(this.writer.getLiveCommitData());
		try {
			this.searchers = new SearcherManager(this.writer, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		this.started = true;
		ensureUpToDate();
	}

	/**
	 * Heard once the change is committed, so the index never holds what was rolled back.
	 * A change to every member is an import's, whose {@link CommitmentsImported} says
	 * what to index again.
	 */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(MemberContentChanged event) {
		// Heard while the index catches up at start, it waits for that to finish.
		if (this.started && event.slug() != null) {
			reindex(event.slug());
		}
	}

	/**
	 * Heard in an import's transaction after each part it wrote: the part's documents are
	 * analysed while the import goes on (the command-line import leaves the index to the
	 * next start).
	 */
	@EventListener
	void on(CommitmentsWritten written) {
		if (!this.started) {
			return;
		}
		StagedDocuments staging = (StagedDocuments) TransactionSynchronizationManager.getResource(this.analysing);
		if (staging == null) {
			// This import's first part: what an import before it left is not its own.
			if (this.staged != null) {
				forgetStaged(this.staged);
			}
			staging = new StagedDocuments(this.folder.stagingFolder(), this.analysing, this.terms);
			this.staged = staging;
			TransactionSynchronizationManager.bindResource(this.analysing, staging);
			StagedDocuments ofThisImport = staging;
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(CommitmentIndex.this.analysing);
					// Rolled back: what was analysed never joins the index.
					if (status != STATUS_COMMITTED) {
						forgetStaged(ofThisImport);
					}
				}
			});
		}
		if (staging != this.staged) {
			return;
		}
		try {
			staging.add(written.commitments());
		}
		catch (RuntimeException ex) {
			// The index must not fail an import: what it wrote is read from the
			// database once it commits.
			log.warn("Could not analyse an import's commitments while it went on", ex);
			forgetStaged(staging);
		}
	}

	/** Heard once the import is committed: indexes what it changed, and nothing else. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(CommitmentsImported event) {
		if (this.started) {
			reindex(event);
		}
	}

	/**
	 * Indexes every commitment again, from the database; searches see the old index until
	 * this one is done.
	 */
	public synchronized void rebuild() {
		long start = System.nanoTime();
		IndexedVersions now = this.database.versions();
		try {
			this.writer.deleteAll();
			int count = write(this.database.ids(null));
			// One segment: no merging goes on under the first searches (3 s at 50,000).
			this.writer.forceMerge(1);
			publish(now);
			this.upToDate = true;
			log.info("Indexed {} commitments for search in {} ms", count, (System.nanoTime() - start) / 1_000_000);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Indexes every commitment again after every member's pages changed on another
	 * instance (an import there), unless the index holds those versions already, or this
	 * instance's own import is about to index what it changed: PostgreSQL notifies this
	 * instance of its own commits too, and imports take turns across instances.
	 */
	synchronized void rebuildForAnotherInstance() {
		if (this.staged == null && !this.database.versions().equals(this.indexed)) {
			rebuild();
		}
	}

	/** Indexes one member's commitments again (none, when it was deleted). */
	synchronized void reindex(String slug) {
		IndexedVersions now = this.database.versions();
		try {
			this.writer.deleteDocuments(new Term(MEMBER, slug));
			write(this.database.ids(slug));
			publish(this.indexed.withMembersOf(now, Set.of(slug), false));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Indexes again the commitments an import changed, with every commitment of the
	 * members it changed, then refreshes once.
	 */
	synchronized void reindex(CommitmentsImported imported) {
		long start = System.nanoTime();
		StagedDocuments staged = this.staged;
		IndexedVersions now = this.database.versions();
		Set<Long> changed = new TreeSet<>(imported.commitmentIds());
		imported.memberSlugs().forEach((slug) -> changed.addAll(this.database.ids(slug)));
		List<Long> ids = List.copyOf(changed);
		try {
			for (int from = 0; from < ids.size(); from += CHUNK) {
				this.writer
					.deleteDocuments(LongPoint.newSetQuery(ID, ids.subList(from, Math.min(ids.size(), from + CHUNK))));
			}
			if (staged != null) {
				try {
					staged.addTo(this.writer);
					changed.removeAll(staged.ids());
				}
				finally {
					forgetStaged(staged);
				}
			}
			write(List.copyOf(changed));
			publish(this.indexed.withMembersOf(now, imported.memberSlugs(), true));
			log.info(
					"Indexed {} imported commitments for search in {} ms after the import, {} of them analysed while it"
							+ " went on",
					ids.size(), (System.nanoTime() - start) / 1_000_000, ids.size() - changed.size());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private synchronized void forgetStaged(StagedDocuments staged) {
		staged.close();
		if (this.staged == staged) {
			this.staged = null;
		}
	}

	/**
	 * Makes what was written searchable and commits it with the versions it holds: a
	 * restart, even after {@code kill -9}, finds the index as of its last commit and
	 * indexes what moved since.
	 */
	private void publish(IndexedVersions versions) throws IOException {
		this.searchers.maybeRefreshBlocking();
		this.generation.incrementAndGet();
		this.indexed = versions;
		this.writer.setLiveCommitData(versions.commitData().entrySet());
		this.writer.commit();
	}

	/**
	 * Brings the index found at start up to what the database holds: everything again
	 * when it was built from another database or before an import, else the members whose
	 * versions moved.
	 */
	private synchronized void bringUpToDate() {
		if (this.upToDate) {
			return;
		}
		IndexedVersions now = this.database.versions();
		if (this.indexed.needsRebuildFor(now)) {
			rebuild();
			return;
		}
		Set<String> moved = this.indexed.membersMovedIn(now);
		moved.forEach(this::reindex);
		this.upToDate = true;
		log.info("Search index found up to date{}", moved.isEmpty() ? "" : " after indexing again " + moved);
	}

	/**
	 * Adds the documents of these commitments, read by chunks of ids; the documents of a
	 * chunk are analysed on every core, while the caller waits.
	 */
	private int write(List<Long> ids) {
		for (int from = 0; from < ids.size(); from += CHUNK) {
			List<IndexedCommitment> values = this.database.read(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
			CommitmentDocuments.analyse(this.analysing, this.writer, values, this.terms).join();
		}
		return ids.size();
	}

	/**
	 * The ids of the commitments matching what a visitor typed, best first: of one
	 * member, or of every member for a null slug; null for no text, none for a text
	 * without a word to search.
	 */
	public List<Long> ranked(String slug, String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		Query text = CommitmentDocuments.matching(typed);
		if (text == null) {
			// Only punctuation or stop words: nothing to look for, so nothing is found.
			return List.of();
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, Occur.MUST);
		if (slug != null) {
			query.add(new TermQuery(new Term(MEMBER, slug)), Occur.FILTER);
		}
		return search((searcher) -> {
			Query built = query.build();
			TopDocs top = searcher.search(built, Math.max(1, searcher.count(built)));
			return CommitmentDocuments.ids(searcher, top.scoreDocs);
		});
	}

	/** Runs a search on the newest index. */
	<T> T search(SearchWork<T> work) {
		ensureUpToDate();
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				return work.on(searcher);
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A read of the index. */
	interface SearchWork<T> {

		T on(IndexSearcher searcher) throws IOException;

	}

	private void ensureUpToDate() {
		if (!this.upToDate) {
			bringUpToDate();
		}
	}

	/**
	 * Whether the index follows the changes committed: from the application's start (the
	 * command-line import leaves the index to the next start).
	 */
	boolean follows() {
		return this.started;
	}

	@Override
	public long current() {
		return this.generation.get();
	}

	@Override
	public void destroy() throws IOException {
		this.analysing.shutdownNow();
		this.searchers.close();
		this.folder.close();
	}

}

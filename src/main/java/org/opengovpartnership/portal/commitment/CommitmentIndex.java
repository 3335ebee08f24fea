package org.opengovpartnership.portal.commitment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.opengovpartnership.portal.commitment.CommitmentDocuments.Indexed;
import org.opengovpartnership.portal.commitment.SearchLanguages.Analysis;
import org.opengovpartnership.portal.system.MemberContentChanged;
import org.opengovpartnership.portal.system.SearchGeneration;
import org.opengovpartnership.portal.system.Terms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import static org.opengovpartnership.portal.commitment.CommitmentDocuments.ID;
import static org.opengovpartnership.portal.commitment.CommitmentDocuments.MEMBER;
import static org.opengovpartnership.portal.commitment.CommitmentDocuments.TEXT_FIELDS;

/**
 * The commitments' text index (Apache Lucene, in this instance's memory): built from the
 * database when the application starts and brought up to date when a change commits, from
 * the {@link MemberContentChanged} that every writer publishes (one member's commitments
 * again, or all of them after an import). Each document also carries the explorers'
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

	private final EntityManager entityManager;

	private final TransactionTemplate reading;

	private final Terms terms;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private volatile boolean built;

	private final AtomicLong generation = new AtomicLong();

	CommitmentIndex(EntityManager entityManager, PlatformTransactionManager transactions, Terms terms) {
		this.entityManager = entityManager;
		this.terms = terms;
		this.reading = new TransactionTemplate(transactions);
		// After a commit the finished transaction is still bound to the thread: read in a
		// new one.
		this.reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.reading.setReadOnly(true);
		try {
			// Lucene's default 16 MB buffer: the index itself lives in the heap too, and
			// 48 MB ran out of the image's 256 MB at 50,000 commitments
			// (bench/RESULTS.md).
			this.writer = new IndexWriter(new ByteBuffersDirectory(),
					new IndexWriterConfig(SearchLanguages.perField()));
			this.searchers = new SearcherManager(this.writer, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		ensureBuilt();
	}

	/**
	 * Heard once the change is committed, so the index never holds what was rolled back.
	 * A change to every member is an import's, whose {@link CommitmentsImported} says
	 * what to index again.
	 */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(MemberContentChanged event) {
		// Nothing indexed yet (the command-line import): the first search builds it from
		// what is committed.
		if (this.built && event.slug() != null) {
			reindex(event.slug());
		}
	}

	/** Heard once the import is committed: indexes what it changed, and nothing else. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(CommitmentsImported event) {
		if (this.built) {
			reindex(event);
		}
	}

	/**
	 * Indexes every commitment again, from the database; searches see the old index until
	 * this one is done.
	 */
	public synchronized void rebuild() {
		long start = System.nanoTime();
		try {
			this.writer.deleteAll();
			int count = write(ids(null));
			this.searchers.maybeRefreshBlocking();
			this.generation.incrementAndGet();
			this.built = true;
			log.info("Indexed {} commitments for search in {} ms", count, (System.nanoTime() - start) / 1_000_000);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Indexes one member's commitments again (none, when it was deleted). */
	synchronized void reindex(String slug) {
		if (!this.built) {
			rebuild();
			return;
		}
		try {
			this.writer.deleteDocuments(new Term(MEMBER, slug));
			write(ids(slug));
			this.searchers.maybeRefreshBlocking();
			this.generation.incrementAndGet();
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
		Set<Long> changed = new TreeSet<>(imported.commitmentIds());
		imported.memberSlugs().forEach((slug) -> changed.addAll(ids(slug)));
		List<Long> ids = List.copyOf(changed);
		try {
			for (int from = 0; from < ids.size(); from += CHUNK) {
				this.writer
					.deleteDocuments(LongPoint.newSetQuery(ID, ids.subList(from, Math.min(ids.size(), from + CHUNK))));
			}
			write(ids);
			this.searchers.maybeRefreshBlocking();
			this.generation.incrementAndGet();
			log.info("Indexed {} imported commitments for search in {} ms", ids.size(),
					(System.nanoTime() - start) / 1_000_000);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The ids of the commitments of one member, or of every member for a null slug. */
	private List<Long> ids(String slug) {
		String ofMember = (slug != null) ? " where c.actionPlan.member.slug = :slug" : "";
		return this.reading.execute((status) -> withSlug(this.entityManager
			.createQuery("select c.id from Commitment c" + ofMember + " order by c.id", Long.class), slug)
			.getResultList());
	}

	/**
	 * Adds the documents of these commitments, read as plain values by chunks of ids
	 * rather than as entities; the documents of a chunk are analysed on every core.
	 */
	private int write(List<Long> ids) {
		for (int from = 0; from < ids.size(); from += CHUNK) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
			List<Indexed> values = this.reading.execute((status) -> read(chunk));
			values.parallelStream().forEach((commitment) -> add(CommitmentDocuments.document(commitment, this.terms)));
		}
		return ids.size();
	}

	private void add(Document document) {
		try {
			this.writer.addDocument(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The indexed values of these commitments. */
	private List<Indexed> read(List<Long> ids) {
		Map<Long, List<String>> tags = new HashMap<>();
		for (Object[] row : this.entityManager.createQuery("""
				select c.id, a.name from Commitment c join c.policyAreas a where c.id in :ids""", Object[].class)
			.setParameter("ids", ids)
			.getResultList()) {
			tags.computeIfAbsent((Long) row[0], (id) -> new ArrayList<>()).add((String) row[1]);
		}
		List<Indexed> read = new ArrayList<>();
		for (Object[] row : this.entityManager.createQuery("""
				select c.id, c.code, c.title, c.shortTitle, c.description, c.leadInstitution,
				c.supportingInstitutions, m.slug, m.name, m.region, m.governmentLevel, p.number, p.startYear,
				pa.name, c.status, c.irmCompletion, c.irmPotentialImpact, c.irmOpenedGovernment, c.irmStarred,
				c.updatedAt
				from Commitment c join c.actionPlan p join p.member m left join c.primaryPolicyArea pa
				where c.id in :ids""", Object[].class).setParameter("ids", ids).getResultList()) {
			long id = (Long) row[0];
			read.add(new Indexed(id, (String) row[1], (String) row[2], (String) row[3], (String) row[4],
					(String) row[5], (String) row[6], (String) row[7], (String) row[8], (String) row[9], name(row[10]),
					(Integer) row[11], (Integer) row[12], (String) row[13], tags.getOrDefault(id, List.of()),
					name(row[14]), (String) row[15], (String) row[16], (String) row[17], (Boolean) row[18],
					(Instant) row[19]));
		}
		return read;
	}

	private static <Q extends TypedQuery<?>> Q withSlug(Q query, String slug) {
		if (slug != null) {
			query.setParameter("slug", slug);
		}
		return query;
	}

	private static String name(Object value) {
		return (value != null) ? ((Enum<?>) value).name() : null;
	}

	/**
	 * What a visitor typed as a query: every word must match, in any field, in any of the
	 * analyses; null when it has no word to search (blank, or only stop words).
	 */
	static Query textQuery(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		BooleanQuery.Builder every = new BooleanQuery.Builder();
		int words = 0;
		for (String word : SearchLanguages.words(typed)) {
			BooleanQuery.Builder any = new BooleanQuery.Builder();
			for (Analysis analysis : Analysis.values()) {
				for (String term : SearchLanguages.terms(SearchLanguages.of(analysis), word)) {
					TEXT_FIELDS.forEach((field, boost) -> any.add(
							new BoostQuery(new TermQuery(new Term(analysis.field(field), term)), boost), Occur.SHOULD));
				}
			}
			BooleanQuery anyField = any.build();
			if (!anyField.clauses().isEmpty()) {
				every.add(anyField, Occur.MUST);
				words++;
			}
		}
		return (words > 0) ? every.build() : null;
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
		Query text = textQuery(typed);
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
			return ids(searcher, top.scoreDocs);
		});
	}

	/** The commitment ids of these hits, in their order. */
	static List<Long> ids(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
		StoredFields stored = searcher.storedFields();
		List<Long> ids = new ArrayList<>(hits.length);
		for (ScoreDoc hit : hits) {
			ids.add(stored.document(hit.doc).getField(ID).numericValue().longValue());
		}
		return ids;
	}

	/** Runs a search on the newest index. */
	<T> T search(SearchWork<T> work) {
		ensureBuilt();
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

	private void ensureBuilt() {
		if (!this.built) {
			synchronized (this) {
				if (!this.built) {
					rebuild();
				}
			}
		}
	}

	/** Whether the index holds every commitment (a search builds it otherwise). */
	boolean isBuilt() {
		return this.built;
	}

	@Override
	public long current() {
		return this.generation.get();
	}

	@Override
	public void destroy() throws IOException {
		this.searchers.close();
		this.writer.close();
	}

}

package org.opengovpartnership.portal.commitment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
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
import org.apache.lucene.util.BytesRef;
import org.opengovpartnership.portal.commitment.SearchLanguages.Analysis;
import org.opengovpartnership.portal.member.ActionPlan;
import org.opengovpartnership.portal.member.Member;
import org.opengovpartnership.portal.system.MemberContentChanged;
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

/**
 * The commitments' text index (Apache Lucene, in this instance's memory): built from the
 * database when the application starts and brought up to date when a change commits, from
 * the {@link MemberContentChanged} that every writer publishes (one member's commitments
 * again, or all of them after an import). Each document also carries the explorers'
 * filter values, so a search across every member filters, counts and sorts in the index.
 */
@Component
public class CommitmentIndex implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(CommitmentIndex.class);

	/**
	 * The searched fields and how much a match in each weighs: a title match ranks above
	 * a description match.
	 */
	static final Map<String, Float> TEXT_FIELDS = Map.of("title", 4f, "short", 3f, "code", 6f, "areas", 2f,
			"institutions", 1.5f, "description", 1f);

	static final String ID = "id";

	static final String MEMBER = "member";

	static final String REGION = "region";

	static final String LEVEL = "level";

	static final String PLAN = "plan";

	static final String YEAR = "year";

	static final String AREA = "area";

	static final String STATUS = "status";

	static final String COMPLETION = "completion";

	static final String IMPACT = "impact";

	static final String OPENED = "opened";

	static final String STARRED = "starred";

	static final String SORT_CODE = "sort_code";

	static final String SORT_TITLE = "sort_title";

	static final String SORT_PLAN = "sort_plan";

	static final String SORT_MEMBER = "sort_member";

	static final String SORT_UPDATED = "sort_updated";

	/**
	 * Commitments loaded per statement while indexing, so a large database is never all
	 * in memory at once.
	 */
	private static final int CHUNK = 1000;

	static final FacetsConfig FACETS = facets();

	private final EntityManager entityManager;

	private final TransactionTemplate reading;

	private final Terms terms;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private volatile boolean built;

	CommitmentIndex(EntityManager entityManager, PlatformTransactionManager transactions, Terms terms) {
		this.entityManager = entityManager;
		this.terms = terms;
		this.reading = new TransactionTemplate(transactions);
		// After a commit the finished transaction is still bound to the thread: read in a
		// new one.
		this.reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.reading.setReadOnly(true);
		try {
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
	 */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(MemberContentChanged event) {
		if (!this.built) {
			// Nothing indexed yet (the command-line import): the first search builds it
			// from what is committed.
			return;
		}
		if (event.slug() == null) {
			rebuild();
		}
		else {
			reindex(event.slug());
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
			int count = write("", null);
			this.searchers.maybeRefreshBlocking();
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
			write("where p.member.slug = :slug", slug);
			this.searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private int write(String where, String slug) {
		List<Long> ids = this.reading.execute((status) -> {
			var query = this.entityManager.createQuery(
					"select c.id from Commitment c join c.actionPlan p " + where + " order by c.id", Long.class);
			if (slug != null) {
				query.setParameter("slug", slug);
			}
			return query.getResultList();
		});
		for (int from = 0; from < ids.size(); from += CHUNK) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
			List<Document> documents = this.reading.execute((status) -> this.entityManager
				.createQuery("""
						select distinct c from Commitment c join fetch c.actionPlan p join fetch p.member
						left join fetch c.primaryPolicyArea left join fetch c.policyAreas where c.id in :ids""",
						Commitment.class)
				.setParameter("ids", chunk)
				.getResultList()
				.stream()
				.map(this::document)
				.toList());
			try {
				this.writer.addDocuments(documents);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return ids.size();
	}

	private Document document(Commitment commitment) {
		ActionPlan plan = commitment.getActionPlan();
		Member member = plan.getMember();
		Set<String> areas = new LinkedHashSet<>();
		if (commitment.getPrimaryPolicyArea() != null) {
			areas.add(commitment.getPrimaryPolicyArea().getName());
		}
		commitment.getPolicyAreas().forEach((area) -> areas.add(area.getName()));
		List<String> areaNames = new ArrayList<>();
		for (String area : areas) {
			areaNames.add(area);
			areaNames.add(this.terms.policyArea(area, Locale.forLanguageTag("es")));
		}

		Document document = new Document();
		document.add(new StoredField(ID, commitment.getId()));
		document.add(new NumericDocValuesField(ID, commitment.getId()));
		text(document, "title", commitment.getTitle());
		text(document, "short", commitment.getShortTitle());
		text(document, "description", commitment.getDescription());
		text(document, "institutions", join(commitment.getLeadInstitution(), commitment.getSupportingInstitutions()));
		text(document, "areas", String.join("\n", areaNames));
		text(document, "code", commitment.getCode());

		filter(document, MEMBER, member.getSlug());
		filter(document, REGION, member.getRegion());
		filter(document, LEVEL, (member.getGovernmentLevel() != null) ? member.getGovernmentLevel().name() : null);
		filter(document, PLAN, String.valueOf(plan.getNumber()));
		filter(document, YEAR, String.valueOf(plan.getStartYear()));
		areas.forEach((area) -> filter(document, AREA, area));
		filter(document, STATUS, (commitment.getStatus() != null) ? commitment.getStatus().name() : null);
		filter(document, COMPLETION, commitment.getIrmCompletion());
		filter(document, IMPACT, commitment.getIrmPotentialImpact());
		filter(document, OPENED, commitment.getIrmOpenedGovernment());
		filter(document, STARRED, (commitment.getIrmStarred() != null) ? commitment.getIrmStarred().toString() : null);

		document.add(new SortedDocValuesField(SORT_CODE, new BytesRef(nullToEmpty(commitment.getCode()))));
		document.add(new SortedDocValuesField(SORT_TITLE,
				new BytesRef(nullToEmpty(commitment.getTitle()).toLowerCase(Locale.ROOT))));
		document.add(new NumericDocValuesField(SORT_PLAN, plan.getNumber()));
		document.add(new NumericDocValuesField(SORT_UPDATED,
				(commitment.getUpdatedAt() != null) ? commitment.getUpdatedAt().toEpochMilli() : 0));
		document.add(new SortedDocValuesField(SORT_MEMBER,
				new BytesRef(nullToEmpty(member.getName()).toLowerCase(Locale.ROOT))));
		try {
			return FACETS.build(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void text(Document document, String name, String value) {
		if (value != null && !value.isBlank()) {
			for (Analysis analysis : Analysis.values()) {
				document.add(new TextField(analysis.field(name), value, Field.Store.NO));
			}
		}
	}

	/** A value to filter on (exactly) and to count by. */
	private static void filter(Document document, String name, String value) {
		if (value != null && !value.isBlank()) {
			document.add(new StringField(name, value, Field.Store.NO));
			document.add(new SortedSetDocValuesFacetField(name, value));
		}
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

	@Override
	public void destroy() throws IOException {
		this.searchers.close();
		this.writer.close();
	}

	private static FacetsConfig facets() {
		FacetsConfig config = new FacetsConfig();
		config.setMultiValued(AREA, true);
		return config;
	}

	private static String join(String first, String second) {
		return String.join("\n", nullToEmpty(first), nullToEmpty(second));
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

}

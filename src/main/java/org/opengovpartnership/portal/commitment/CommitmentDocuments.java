package org.opengovpartnership.portal.commitment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.regex.Pattern;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.Operations;
import org.opengovpartnership.portal.system.Terms;

/**
 * What the index holds of a commitment: its fields (searched text, filter values counted
 * as facets, sort keys) and the document made of one commitment's values.
 */
final class CommitmentDocuments {

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

	/** The primary policy area and the tags, as the filter by area matches them. */
	static final String AREA = "area";

	/** The tags alone, as a member's explorer counts them. */
	static final String TAG = "tag";

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

	/** The code, lower-cased, as one term: the admin list finds what it contains. */
	static final String CODE_TERM = "code_term";

	/** The title, lower-cased, as one term: the admin list finds what it contains. */
	static final String TITLE_TERM = "title_term";

	static final FacetsConfig FACETS = facets();

	/**
	 * A searched text: its words and how often each occurs (for the ranking), not their
	 * positions, which no query uses (the marks are found by analysing the text shown).
	 */
	private static final FieldType SEARCHED = searched();

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	/** What Lucene's wildcard queries read as other than itself: escaped. */
	private static final Pattern WILDCARDS = Pattern.compile("[*?\\\\]");

	private CommitmentDocuments() {
	}

	static Document document(IndexedCommitment commitment, Terms terms) {
		Set<String> areas = new LinkedHashSet<>();
		if (commitment.primaryArea() != null) {
			areas.add(commitment.primaryArea());
		}
		areas.addAll(commitment.tags());
		List<String> areaNames = new ArrayList<>();
		for (String area : areas) {
			areaNames.add(area);
			areaNames.add(terms.policyArea(area, SPANISH));
		}

		Document document = new Document();
		document.add(new StoredField(ID, commitment.id()));
		document.add(new NumericDocValuesField(ID, commitment.id()));
		// Indexed, so that an import deletes the documents of the commitments it changed.
		document.add(new LongPoint(ID, commitment.id()));
		text(document, "title", commitment.title());
		text(document, "short", commitment.shortTitle());
		text(document, "description", commitment.description());
		text(document, "institutions", join(commitment.lead(), commitment.supporting()));
		text(document, "areas", String.join("\n", areaNames));
		text(document, "code", commitment.code());

		filter(document, MEMBER, commitment.member());
		filter(document, REGION, commitment.region());
		filter(document, LEVEL, commitment.level());
		filter(document, PLAN, String.valueOf(commitment.plan()));
		filter(document, YEAR, String.valueOf(commitment.year()));
		areas.forEach((area) -> filter(document, AREA, area));
		new LinkedHashSet<>(commitment.tags())
			.forEach((tag) -> document.add(new SortedSetDocValuesFacetField(TAG, tag)));
		filter(document, STATUS, commitment.status());
		filter(document, COMPLETION, commitment.completion());
		filter(document, IMPACT, commitment.impact());
		filter(document, OPENED, commitment.opened());
		filter(document, STARRED, (commitment.starred() != null) ? commitment.starred().toString() : null);

		document.add(new SortedDocValuesField(SORT_CODE, new BytesRef(nullToEmpty(commitment.code()))));
		String title = nullToEmpty(commitment.title()).toLowerCase(Locale.ROOT);
		document.add(new SortedDocValuesField(SORT_TITLE, new BytesRef(title)));
		document.add(new NumericDocValuesField(SORT_PLAN, commitment.plan()));
		document.add(new NumericDocValuesField(SORT_UPDATED,
				(commitment.updatedAt() != null) ? commitment.updatedAt().toEpochMilli() : 0));
		document.add(new SortedDocValuesField(SORT_MEMBER,
				new BytesRef(nullToEmpty(commitment.memberName()).toLowerCase(Locale.ROOT))));
		document
			.add(new StringField(CODE_TERM, nullToEmpty(commitment.code()).toLowerCase(Locale.ROOT), Field.Store.NO));
		document.add(new StringField(TITLE_TERM, title, Field.Store.NO));
		try {
			return FACETS.build(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The commitments whose code or title contains the text, whatever its case, every
	 * character as typed (no wildcard of its own); every commitment for no text.
	 */
	static Query containing(String text) {
		if (text == null || text.isEmpty()) {
			return new MatchAllDocsQuery();
		}
		// Longer than any title (varchar(1000)): contained in none, and no automaton to
		// build.
		if (text.length() > 1000) {
			return new MatchNoDocsQuery();
		}
		String contained = "*" + WILDCARDS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("\\\\$0") + "*";
		// Lucene's default work limit refuses a text of some 500 characters; this one
		// takes a title's 1,000.
		int work = 100 * contained.length() + Operations.DEFAULT_DETERMINIZE_WORK_LIMIT;
		return new BooleanQuery.Builder().add(new WildcardQuery(new Term(CODE_TERM, contained), work), Occur.SHOULD)
			.add(new WildcardQuery(new Term(TITLE_TERM, contained), work), Occur.SHOULD)
			.build();
	}

	/**
	 * What a visitor typed as a query: every word must match, in any field, in any of its
	 * forms; null when it has no word to search (blank, or only stop words).
	 */
	static Query matching(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		BooleanQuery.Builder every = new BooleanQuery.Builder();
		int words = 0;
		for (String word : SearchLanguages.words(typed)) {
			BooleanQuery.Builder any = new BooleanQuery.Builder();
			for (String form : SearchLanguages.forms(word)) {
				TEXT_FIELDS.forEach((field, boost) -> any
					.add(new BoostQuery(new TermQuery(new Term(field, form)), boost), Occur.SHOULD));
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
	 * Adds the documents of these commitments to an index, analysed on the pool's
	 * threads: the task ends once all are added.
	 */
	static ForkJoinTask<?> analyse(ForkJoinPool pool, IndexWriter writer, List<IndexedCommitment> values, Terms terms) {
		return pool.submit(() -> values.parallelStream().forEach((value) -> {
			try {
				writer.addDocument(document(value, terms));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}));
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

	private static void text(Document document, String name, String value) {
		if (value != null && !value.isBlank()) {
			document.add(new Field(name, value, SEARCHED));
		}
	}

	/** A value to filter on (exactly) and to count by. */
	private static void filter(Document document, String name, String value) {
		if (value != null && !value.isBlank()) {
			document.add(new StringField(name, value, Field.Store.NO));
			document.add(new SortedSetDocValuesFacetField(name, value));
		}
	}

	private static FieldType searched() {
		FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
		type.freeze();
		return type;
	}

	private static FacetsConfig facets() {
		FacetsConfig config = new FacetsConfig();
		config.setMultiValued(AREA, true);
		config.setMultiValued(TAG, true);
		return config;
	}

	private static String join(String first, String second) {
		return String.join("\n", nullToEmpty(first), nullToEmpty(second));
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

}

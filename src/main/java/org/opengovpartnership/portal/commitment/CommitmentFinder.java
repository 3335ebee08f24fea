package org.opengovpartnership.portal.commitment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import static org.opengovpartnership.portal.commitment.CommitmentDocuments.AREA;
import static org.opengovpartnership.portal.commitment.CommitmentDocuments.COMPLETION;
import static org.opengovpartnership.portal.commitment.CommitmentDocuments.IMPACT;
import static org.opengovpartnership.portal.commitment.CommitmentDocuments.LEVEL;
import static org.opengovpartnership.portal.commitment.CommitmentDocuments.MEMBER;
import static org.opengovpartnership.portal.commitment.CommitmentDocuments.OPENED;
import static org.opengovpartnership.portal.commitment.CommitmentDocuments.PLAN;
import static org.opengovpartnership.portal.commitment.CommitmentDocuments.REGION;
import static org.opengovpartnership.portal.commitment.CommitmentDocuments.STARRED;
import static org.opengovpartnership.portal.commitment.CommitmentDocuments.STATUS;
import static org.opengovpartnership.portal.commitment.CommitmentDocuments.YEAR;

/**
 * Searches across every member in the index alone: the filters as exact terms, the counts
 * beside each filter value (each ignoring its own filter, so a visitor sees what choosing
 * another value would give), sorting and paging. The database then loads only the page
 * shown.
 */
@Component
class CommitmentFinder {

	/** The filters counted, each by the index field that holds its values. */
	static final List<String> COUNTED = List.of(MEMBER, REGION, LEVEL, YEAR, AREA, STATUS, COMPLETION, IMPACT, OPENED,
			STARRED);

	/** More values than any filter has (members, policy areas, years). */
	private static final int MAX_VALUES = 10_000;

	private final CommitmentIndex index;

	/**
	 * The facet ordinals of the newest reader, made again only when the index changed.
	 */
	private volatile ReaderState state;

	CommitmentFinder(CommitmentIndex index) {
		this.index = index;
	}

	/**
	 * The ids of one page of what passes the filter, in the filter's order, and how many
	 * pass in all.
	 */
	Hits page(CommitmentFilter filter, int page, int size, boolean byMemberFirst) {
		return this.index.search((searcher) -> {
			Query query = query(filter, null);
			TopDocs top = searcher.search(query, pageCollector(searcher, filter, page, size, byMemberFirst));
			return hits(searcher, top, page, size);
		});
	}

	/**
	 * One page of the commitments whose code or title contains the text (every one for
	 * none), by member, newest plan first, then code: the admin list.
	 */
	Hits containing(String text, int page, int size) {
		return this.index.search((searcher) -> {
			TopDocs top = searcher.search(CommitmentDocuments.containing(text),
					collector(searcher, sort(CommitmentFilter.Sort.NEWEST, true), page, size));
			return hits(searcher, top, page, size);
		});
	}

	/**
	 * One page of what passes the filter, as {@link #page}, and the counts of each field
	 * named as a key (how many of what passes the filter, leaving out the filter on the
	 * field given as its value, each value of the field has, most first). The page and
	 * every count that leaves out a filter not set share one pass over the index.
	 */
	Explored explore(CommitmentFilter filter, int page, int size, Map<String, String> counted) {
		return this.index.search((searcher) -> {
			SortedSetDocValuesReaderState ordinals = ordinals(searcher.getIndexReader());
			Query query = query(filter, null);
			Object[] collected = searcher.search(query, new MultiCollectorManager(
					pageCollector(searcher, filter, page, size, false), new FacetsCollectorManager()));
			Map<Query, Facets> passes = new HashMap<>();
			passes.put(query, new SortedSetDocValuesFacetCounts(ordinals, (FacetsCollector) collected[1]));
			Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
			for (Map.Entry<String, String> field : counted.entrySet()) {
				counts.put(field.getKey(), values(ordinals,
						facets(searcher, ordinals, query(filter, field.getValue()), passes), field.getKey()));
			}
			return new Explored(hits(searcher, (TopDocs) collected[0], page, size), counts);
		});
	}

	/**
	 * Collects the hits up to the page asked and counts them all; a page past the end
	 * gets every hit, so the last page is among them.
	 */
	private static TopFieldCollectorManager pageCollector(IndexSearcher searcher, CommitmentFilter filter, int page,
			int size, boolean byMemberFirst) {
		return collector(searcher, sort(filter.getSort(), byMemberFirst), page, size);
	}

	private static TopFieldCollectorManager collector(IndexSearcher searcher, Sort sort, int page, int size) {
		long wanted = Math.min((Math.max(page, 0) + 1L) * size, searcher.getIndexReader().maxDoc());
		return new TopFieldCollectorManager(sort, (int) Math.max(1, wanted), null, Integer.MAX_VALUE);
	}

	/** The page asked (or the last one, past the end) of these hits. */
	private static Hits hits(IndexSearcher searcher, TopDocs top, int page, int size) throws IOException {
		int total = (int) top.totalHits.value;
		int lastPage = Math.max(0, (total - 1) / size);
		int shown = Math.min(Math.max(page, 0), lastPage);
		ScoreDoc[] hits = top.scoreDocs;
		int from = Math.min(hits.length, shown * size);
		ScoreDoc[] pageHits = Arrays.copyOfRange(hits, from, hits.length);
		return new Hits(CommitmentDocuments.ids(searcher, pageHits), total, shown);
	}

	/**
	 * The ids of everything that passes the filter, by member, then in the filter's
	 * order: for the exports.
	 */
	List<Long> all(CommitmentFilter filter) {
		return this.index.search((searcher) -> {
			Query query = query(filter, null);
			TopDocs top = searcher.search(query, Math.max(1, searcher.count(query)), sort(filter.getSort(), true));
			return CommitmentDocuments.ids(searcher, top.scoreDocs);
		});
	}

	/**
	 * The ids of the most recently changed commitments that pass the filter, latest
	 * first: for the feed.
	 */
	List<Long> recentlyChanged(CommitmentFilter filter, int limit) {
		return this.index.search((searcher) -> {
			Sort latest = new Sort(new SortField(CommitmentDocuments.SORT_UPDATED, SortField.Type.LONG, true),
					new SortField(CommitmentDocuments.SORT_CODE, SortField.Type.STRING));
			return CommitmentDocuments.ids(searcher, searcher.search(query(filter, null), limit, latest).scoreDocs);
		});
	}

	/** The counts over what passes the query, from an earlier pass of the same query. */
	private static Facets facets(IndexSearcher searcher, SortedSetDocValuesReaderState ordinals, Query query,
			Map<Query, Facets> passes) throws IOException {
		Facets facets = passes.get(query);
		if (facets == null) {
			facets = facets(searcher, ordinals, query);
			passes.put(query, facets);
		}
		return facets;
	}

	/** Counts every field's values over what passes the query, in one pass. */
	private static Facets facets(IndexSearcher searcher, SortedSetDocValuesReaderState ordinals, Query query)
			throws IOException {
		FacetsCollector collected = searcher.search(query, new FacetsCollectorManager());
		return new SortedSetDocValuesFacetCounts(ordinals, collected);
	}

	private static Map<String, Long> values(SortedSetDocValuesReaderState ordinals, Facets facets, String field)
			throws IOException {
		Map<String, Long> values = new LinkedHashMap<>();
		// No document has a value in this field yet: Lucene knows no such dimension.
		FacetResult result = (ordinals.getOrdRange(field) != null) ? facets.getTopChildren(MAX_VALUES, field) : null;
		if (result != null) {
			for (LabelAndValue value : result.labelValues) {
				values.put(value.label, value.value.longValue());
			}
		}
		return values;
	}

	/**
	 * The filter as a query, leaving out one filter (for its counts) or none (a null
	 * field).
	 */
	static Query query(CommitmentFilter filter, String without) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		if (StringUtils.hasText(filter.getQ())) {
			Query text = CommitmentDocuments.matching(filter.getQ());
			query.add((text != null) ? text : new MatchNoDocsQuery(), Occur.MUST);
		}
		else {
			query.add(new MatchAllDocsQuery(), Occur.MUST);
		}
		term(query, MEMBER, filter.getMember(), without);
		term(query, REGION, filter.getRegion(), without);
		term(query, LEVEL, filter.getLevel(), without);
		term(query, PLAN, (filter.getPlan() != null) ? filter.getPlan().toString() : null, without);
		term(query, YEAR, (filter.getYear() != null) ? filter.getYear().toString() : null, without);
		term(query, AREA, filter.getArea(), without);
		term(query, STATUS, (filter.getStatus() != null) ? filter.getStatus().name() : null, without);
		term(query, COMPLETION, filter.getCompletion(), without);
		term(query, IMPACT, filter.getImpact(), without);
		term(query, OPENED, filter.getOpened(), without);
		term(query, STARRED, (filter.getStarred() != null) ? filter.getStarred().toString() : null, without);
		return query.build();
	}

	private static void term(BooleanQuery.Builder query, String field, String value, String without) {
		if (StringUtils.hasText(value) && !field.equals(without)) {
			query.add(new TermQuery(new Term(field, value)), Occur.FILTER);
		}
	}

	private static Sort sort(CommitmentFilter.Sort order, boolean byMemberFirst) {
		SortField code = new SortField(CommitmentDocuments.SORT_CODE, SortField.Type.STRING);
		SortField member = new SortField(CommitmentDocuments.SORT_MEMBER, SortField.Type.STRING);
		List<SortField> fields = new ArrayList<>();
		if (byMemberFirst) {
			fields.add(member);
		}
		switch (order) {
			case RELEVANCE -> fields.add(SortField.FIELD_SCORE);
			case NEWEST -> fields.add(new SortField(CommitmentDocuments.SORT_PLAN, SortField.Type.INT, true));
			case TITLE -> fields.add(new SortField(CommitmentDocuments.SORT_TITLE, SortField.Type.STRING));
			case CODE -> {
			}
		}
		fields.add(code);
		return new Sort(fields.toArray(SortField[]::new));
	}

	private SortedSetDocValuesReaderState ordinals(IndexReader reader) throws IOException {
		ReaderState current = this.state;
		if (current == null || current.reader() != reader) {
			current = new ReaderState(reader,
					new DefaultSortedSetDocValuesReaderState(reader, CommitmentDocuments.FACETS));
			this.state = current;
		}
		return current.ordinals();
	}

	private record ReaderState(IndexReader reader, SortedSetDocValuesReaderState ordinals) {
	}

	/**
	 * One page of ids, how many passed in all, and the page number shown (the last one
	 * for a page past it).
	 */
	record Hits(List<Long> ids, long total, int page) {
	}

	/** One page of ids and the counts beside it, by field counted. */
	record Explored(Hits hits, Map<String, Map<String, Long>> counts) {
	}

}

package org.opengovpartnership.portal.commitment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.springframework.util.StringUtils;
import org.springframework.web.util.HtmlUtils;

/**
 * The words of a query marked ({@code <mark>}) in the titles and in a short excerpt of
 * the descriptions of the commitments shown, by Lucene's highlighter. Every text is
 * HTML-escaped, marked or not, so templates insert it as it is.
 */
public final class Highlights {

	private static final String FIELD = "text";

	private static final Highlights NONE = new Highlights(Map.of(), Map.of());

	private final Map<Long, String> titles;

	private final Map<Long, String> excerpts;

	private Highlights(Map<Long, String> titles, Map<Long, String> excerpts) {
		this.titles = titles;
		this.excerpts = excerpts;
	}

	/** The marks of what a visitor typed in these commitments; none for no query. */
	public static Highlights of(String typed, List<Commitment> commitments) {
		if (!StringUtils.hasText(typed) || commitments.isEmpty()) {
			return NONE;
		}
		BooleanQuery.Builder forms = new BooleanQuery.Builder();
		for (String word : SearchLanguages.words(typed)) {
			for (String form : SearchLanguages.forms(word)) {
				forms.add(new TermQuery(new Term(FIELD, form)), Occur.SHOULD);
			}
		}
		BooleanQuery query = forms.build();
		if (query.clauses().isEmpty()) {
			return NONE;
		}
		Map<Long, String> titles = new HashMap<>();
		Map<Long, String> excerpts = new HashMap<>();
		for (Commitment commitment : commitments) {
			String title = mark(query, commitment.getTitle(), true);
			if (title != null) {
				titles.put(commitment.getId(), title);
			}
			String excerpt = mark(query, commitment.getDescription(), false);
			if (excerpt != null) {
				excerpts.put(commitment.getId(), excerpt);
			}
		}
		return new Highlights(titles, excerpts);
	}

	public static Highlights none() {
		return NONE;
	}

	/** The title, HTML-escaped, with the query's words marked. */
	public String title(Commitment commitment) {
		String marked = this.titles.get(commitment.getId());
		return (marked != null) ? marked : HtmlUtils.htmlEscape(commitment.getTitle());
	}

	/**
	 * The passage of the description that matches best, HTML-escaped and marked; null
	 * where none matches.
	 */
	public String excerpt(Commitment commitment) {
		return this.excerpts.get(commitment.getId());
	}

	/**
	 * The text with every word marked that has a form of a word of the query (built once
	 * for the page), or null when none has: the whole text, or its best sentence.
	 */
	private static String mark(Query query, String text, boolean whole) {
		if (!StringUtils.hasText(text)) {
			return null;
		}
		UnifiedHighlighter highlighter = UnifiedHighlighter.builderWithoutSearcher(SearchLanguages.TEXT)
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
			.withBreakIterator(whole ? WholeBreakIterator::new : () -> BreakIterator.getSentenceInstance(Locale.ROOT))
			.withMaxLength(Math.max(text.length() + 1, UnifiedHighlighter.DEFAULT_MAX_LENGTH))
			.withMaxNoHighlightPassages(0)
			// A title is one passage, so there is no best one to rank: analysing it as a
			// token stream marks the same words without building an index in memory.
			.withPassageRelevancyOverSpeed(!whole)
			.build();
		try {
			Object marked = highlighter.highlightWithoutSearcher(FIELD, query, text, 1);
			return (marked instanceof String html && html.contains("<mark>")) ? html : null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package org.opengovpartnership.portal.commitment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.pattern.PatternCaptureGroupTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * How text is analysed for search, built from Lucene's own tokenizer, filters and
 * stemmers, in one pass: each word is lower-cased, without the stop words of either
 * language, and indexed at its position in up to three forms, each accent-folded: as
 * written, stemmed for English (Snowball's English) and stemmed for Spanish (Snowball's,
 * which needs the accents, so it folds after stemming). A word typed in a query is
 * analysed the same way and matches any of its forms: "corrupcion" typed without its
 * accent finds "corrupción" as written, "participate" finds "participation" by its
 * English stem, "transparente" finds "transparencia" by its Spanish stem.
 */
final class SearchLanguages {

	/**
	 * The stop words of both languages: a word is dropped from every analysis or from
	 * none.
	 */
	private static final CharArraySet STOP_WORDS = stopWords();

	/** A word that starts with "anti" followed by a word of its own. */
	private static final Pattern ANTI = Pattern.compile("^anti(\\p{L}{4,})$");

	/**
	 * The forms of the words seen last, shared by every analysis: a text's words are
	 * mostly words seen before, and stemming them again took a third of the time of
	 * indexing, and most of marking a page's excerpts (some 5 MB).
	 */
	private static final Cache<String, char[][]> KNOWN_FORMS = Caffeine.newBuilder().maximumSize(30_000).build();

	/** The analysis of every word of a query and of the texts it marks. */
	static final Analyzer TEXT = analyzer(
			(source) -> new WordForms(wordsOfMeaning(new EnglishPossessiveFilter(source)), 0));

	/**
	 * The same analysis for the index's few threads, each of which also remembers the
	 * forms of the last 50,000 words it saw, found without making a string of the word (a
	 * third of an import's analysis went to the shared cache's look-ups).
	 */
	static final Analyzer INDEXED = analyzer(
			(source) -> new WordForms(wordsOfMeaning(new EnglishPossessiveFilter(source)), 50_000));

	/**
	 * Splits what a visitor typed into words, lower-cased, before the analysis makes
	 * their forms.
	 */
	private static final Analyzer WORDS = analyzer(LowerCaseFilter::new);

	private SearchLanguages() {
	}

	/** The words of a query as typed, lower-cased. */
	static List<String> words(String text) {
		return terms(WORDS, text);
	}

	/**
	 * The forms of a word of a query, each once, that the index holds of the words it
	 * matches; none for a stop word.
	 */
	static Set<String> forms(String word) {
		return new LinkedHashSet<>(terms(TEXT, word));
	}

	/** The terms an analysis makes of a text. */
	private static List<String> terms(Analyzer analyzer, String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	/** An analysis: Lucene's standard tokenizer, then the filters that take its words. */
	private static Analyzer analyzer(UnaryOperator<TokenStream> filters) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				StandardTokenizer source = new StandardTokenizer();
				return new TokenStreamComponents(source, filters.apply(source));
			}
		};
	}

	/**
	 * Lower-cases the words, adds those of prefix "anti" without it, and drops the stop
	 * words.
	 */
	private static TokenStream wordsOfMeaning(TokenStream words) {
		return new StopFilter(withoutPrefix(new LowerCaseFilter(words)), STOP_WORDS);
	}

	/**
	 * Keeps each word and adds it without the prefix "anti", which Spanish writes as one
	 * word: "anticorrupción" is also found as "corrupción", as "Anti-Corruption" is as
	 * "corruption".
	 */
	private static TokenStream withoutPrefix(TokenStream words) {
		return new ConditionalTokenFilter(words, (anti) -> new PatternCaptureGroupTokenFilter(anti, true, ANTI)) {

			private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

			// The pattern's filter copies every token's state; most words do not start
			// with "anti", so only those go through it.
			@Override
			protected boolean shouldFilter() {
				return this.term.length() > 4 && this.term.charAt(0) == 'a' && this.term.charAt(1) == 'n'
						&& this.term.charAt(2) == 't' && this.term.charAt(3) == 'i';
			}

		};
	}

	private static CharArraySet stopWords() {
		// Matched after the words are lower-cased.
		CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
		words.addAll(SpanishAnalyzer.getDefaultStopSet());
		return CharArraySet.unmodifiableSet(words);
	}

	/**
	 * Puts a word's forms at its position (folded as written, English stem, Spanish stem,
	 * each once): one tokenization of the text instead of one per language.
	 */
	private static final class WordForms extends TokenFilter {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

		/** The forms of the words this stream saw last, or null when it keeps none. */
		private final CharArrayMap<char[][]> remembered;

		private final int remembering;

		private char[][] forms;

		private int next;

		private WordForms(TokenStream input, int remembering) {
			super(input);
			this.remembering = remembering;
			this.remembered = (remembering > 0) ? new CharArrayMap<>(1024, false) : null;
		}

		// The word's other forms keep its offsets and type: nothing after this filter
		// changes them, so they need not be captured and restored.
		@Override
		public boolean incrementToken() throws IOException {
			if (this.forms != null && this.next < this.forms.length) {
				char[] form = this.forms[this.next++];
				this.term.copyBuffer(form, 0, form.length);
				this.position.setPositionIncrement(0);
				return true;
			}
			if (!this.input.incrementToken()) {
				return false;
			}
			this.forms = formsOfTerm();
			this.term.copyBuffer(this.forms[0], 0, this.forms[0].length);
			this.next = 1;
			return true;
		}

		private char[][] formsOfTerm() {
			if (this.remembered == null) {
				return KNOWN_FORMS.get(this.term.toString(), WordForms::formsOf);
			}
			char[][] known = this.remembered.get(this.term.buffer(), 0, this.term.length());
			if (known == null) {
				String word = this.term.toString();
				known = KNOWN_FORMS.get(word, WordForms::formsOf);
				if (this.remembered.size() >= this.remembering) {
					this.remembered.clear();
				}
				this.remembered.put(word, known);
			}
			return known;
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			this.forms = null;
		}

		/** The word folded, then its stems that differ from it and from each other. */
		private static char[][] formsOf(String written) {
			Set<String> forms = new LinkedHashSet<>(4);
			String folded = fold(written);
			forms.add(folded);
			forms.add(stem(new EnglishStemmer(), folded));
			forms.add(fold(stem(new SpanishStemmer(), written)));
			return forms.stream().map(String::toCharArray).toArray(char[][]::new);
		}

		private static String stem(SnowballStemmer stemmer, String word) {
			stemmer.setCurrent(word);
			stemmer.stem();
			return stemmer.getCurrent();
		}

		private static String fold(String word) {
			for (int i = 0; i < word.length(); i++) {
				if (word.charAt(i) >= '\u0080') {
					char[] folded = new char[word.length() * 4];
					int length = ASCIIFoldingFilter.foldToASCII(word.toCharArray(), 0, folded, 0, word.length());
					return new String(folded, 0, length);
				}
			}
			return word;
		}

	}

}

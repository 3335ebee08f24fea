package org.opengovpartnership.portal.commitment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.pattern.PatternCaptureGroupTokenFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * How text is analysed for search, built from Lucene's own filters: every text field is
 * indexed three ways, each lower-cased, accent-folded and without the stop words of
 * either language: stemmed for English (Porter), stemmed for Spanish (Snowball, which
 * needs the accents, so it folds after stemming) and not stemmed ("corrupcion" typed
 * without its accent still finds "corrupción", whose Spanish stem differs).
 */
final class SearchLanguages {

	/** The analyses, each a suffix of the fields it fills. */
	enum Analysis {

		EN, ES, PLAIN;

		String field(String name) {
			return name + "_" + name().toLowerCase();
		}

	}

	/**
	 * The stop words of both languages: a word is dropped from every analysis or from
	 * none.
	 */
	private static final CharArraySet STOP_WORDS = stopWords();

	/** A word that starts with "anti" followed by a word of its own. */
	private static final Pattern ANTI = Pattern.compile("^anti(\\p{L}{4,})$");

	static final Analyzer ENGLISH = analyzer((source) -> new PorterStemFilter(
			new ASCIIFoldingFilter(wordsOfMeaning(new EnglishPossessiveFilter(source)))));

	static final Analyzer SPANISH = analyzer(
			(source) -> new ASCIIFoldingFilter(new SnowballFilter(wordsOfMeaning(source), new SpanishStemmer())));

	static final Analyzer PLAIN = analyzer((source) -> new ASCIIFoldingFilter(wordsOfMeaning(source)));

	/**
	 * Splits what a visitor typed into words, lower-cased, before each analysis stems
	 * them.
	 */
	private static final Analyzer WORDS = analyzer(LowerCaseFilter::new);

	private SearchLanguages() {
	}

	static Analyzer of(Analysis analysis) {
		return switch (analysis) {
			case EN -> ENGLISH;
			case ES -> SPANISH;
			case PLAIN -> PLAIN;
		};
	}

	/** One analyzer for the index, choosing by each field's suffix. */
	static Analyzer perField() {
		return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
			@Override
			protected Analyzer getWrappedAnalyzer(String fieldName) {
				if (fieldName.endsWith("_en")) {
					return ENGLISH;
				}
				return fieldName.endsWith("_es") ? SPANISH : PLAIN;
			}
		};
	}

	/** The words of a query as typed, lower-cased. */
	static List<String> words(String text) {
		return terms(WORDS, text);
	}

	/** The terms an analysis makes of a text; none for a stop word. */
	static List<String> terms(Analyzer analyzer, String text) {
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
	 * What every analysis does first: lower-cases the words, adds those of prefix "anti"
	 * without it, and drops the stop words.
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
		CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
		words.addAll(SpanishAnalyzer.getDefaultStopSet());
		return CharArraySet.unmodifiableSet(words);
	}

}

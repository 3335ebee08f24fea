package org.opengovpartnership.portal.system;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The language of a piece of stored content, for its {@code lang} attribute when it
 * differs from the page's: OGP's data is mostly English, but members of Latin America
 * write in Spanish, so a screen reader must be told which to pronounce. Templates write
 * {@code th:lang="${@terms.contentLang(text)}"}, which is null (no attribute) when the
 * text is in the page's language. Only the portal's two languages are told apart: by
 * their most common small words, then by Spanish letters; a text with neither is taken as
 * English, as most of OGP's data is.
 */
class ContentLanguage {

	private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "in", "for", "with", "on", "is", "by",
			"an", "that", "this", "be", "are", "as", "at", "from", "will", "its", "their", "which");

	private static final Set<String> SPANISH = Set.of("de", "la", "el", "los", "las", "que", "y", "en", "del", "para",
			"con", "por", "una", "un", "se", "su", "sus", "al", "es", "lo", "como", "más", "entre", "sobre");

	private static final Pattern WORD = Pattern.compile("[^\\p{L}]+");

	private static final Pattern SPANISH_LETTERS = Pattern.compile("[áéíóúñ¿¡]");

	/**
	 * The characters read of a text: some 300 words tell the two languages apart, and a
	 * search page asks for twenty descriptions of up to 28,000.
	 */
	static final int READ = 2_000;

	/**
	 * The text's language code when it is not the page's, else null; null for no text.
	 */
	String of(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String language = languageOf(text);
		return language.equals(LocaleContextHolder.getLocale().getLanguage()) ? null : language;
	}

	static String languageOf(String text) {
		String read = text.substring(0, Math.min(text.length(), READ)).toLowerCase(Locale.ROOT);
		int english = 0;
		int spanish = 0;
		for (String word : WORD.split(read)) {
			if (ENGLISH.contains(word)) {
				english++;
			}
			else if (SPANISH.contains(word)) {
				spanish++;
			}
		}
		if (english != spanish) {
			return (spanish > english) ? "es" : "en";
		}
		return SPANISH_LETTERS.matcher(read).find() ? "es" : "en";
	}

}

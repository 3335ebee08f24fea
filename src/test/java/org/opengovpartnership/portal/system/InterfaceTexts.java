package org.opengovpartnership.portal.system;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The interface texts of one language that the other language translates differently:
 * what must not show on a page in the other language outside an element marked with its
 * own {@code lang}. Only phrases of two words or more are kept (parts between
 * placeholders too), so a single word that content may share ("Mexico") never counts. The
 * vocabularies (policy areas, IRM scales, resource types and formats, regions) are left
 * out: their names are also words of content ("the Access to Information Act"), and
 * {@code SpanishVocabularyTests} checks them where they are shown as terms.
 */
final class InterfaceTexts {

	private static final Set<String> VOCABULARIES = Set.of("area", "scale", "resourceType", "resourceFormat", "region");

	private final Set<String> phrases;

	private InterfaceTexts(Set<String> phrases) {
		this.phrases = phrases;
	}

	/** The texts of the language a page in {@code language} must not show. */
	static InterfaceTexts otherThan(String language) {
		Properties english = load("messages.properties");
		Properties spanish = load("messages_es.properties");
		Properties shown = "es".equals(language) ? english : spanish;
		Properties own = "es".equals(language) ? spanish : english;
		Set<String> phrases = new TreeSet<>(Comparator.comparing(String::length).reversed().thenComparing(s -> s));
		for (String key : shown.stringPropertyNames()) {
			if (VOCABULARIES.contains(key.substring(0, Math.max(0, key.indexOf('.'))))) {
				continue;
			}
			String value = shown.getProperty(key);
			if (value.equals(own.getProperty(key))) {
				continue;
			}
			for (String part : value.replace("''", "'").split("\\{[^}]*}")) {
				String phrase = part.strip().replaceAll("\\s+", " ");
				if (phrase.split(" ").length >= 2 && phrase.length() >= 10 && !ownTextsContain(own, phrase)) {
					phrases.add(phrase);
				}
			}
		}
		return new InterfaceTexts(phrases);
	}

	/**
	 * The first phrase found in the page's visible text outside elements whose
	 * {@code lang} differs from the page's, or null. The {@code <title>} is left out: it
	 * joins a stored title and interface text, and one {@code lang} cannot mark a part of
	 * it.
	 */
	String foundIn(String html, String pageLanguage) {
		Document page = Jsoup.parse(html);
		page.select("script, style").remove();
		for (Element marked : page.body().select("[lang]")) {
			if (!marked.attr("lang").startsWith(pageLanguage)) {
				marked.remove();
			}
		}
		String text = page.body().text();
		for (String phrase : this.phrases) {
			if (text.contains(phrase)) {
				int at = text.indexOf(phrase);
				return "\"" + phrase + "\" in \"…"
						+ text.substring(Math.max(0, at - 40), Math.min(text.length(), at + phrase.length() + 40))
						+ "…\"";
			}
		}
		return null;
	}

	/**
	 * A phrase that the page's own language also uses (a name both languages keep) is no
	 * sign of the other.
	 */
	private static boolean ownTextsContain(Properties own, String phrase) {
		return own.values().stream().anyMatch(value -> value.toString().contains(phrase));
	}

	private static Properties load(String name) {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(InterfaceTexts.class.getClassLoader().getResourceAsStream(name),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}

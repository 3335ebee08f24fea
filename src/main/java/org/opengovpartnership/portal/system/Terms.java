package org.opengovpartnership.portal.system;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The portal's vocabularies (policy areas, resource types and formats, regions, levels of
 * government, IRM scale values) in the visitor's language, for templates as
 * {@code ${@terms.policyArea(name)}}: each stored value is looked up under a key made
 * from it ({@code area.anti-corruption}), and a value without a message, such as an area
 * a later import brings, shows as stored. Stored names are OGP's English names, so
 * English pages show them as stored.
 */
@Component("terms")
public class Terms {

	/** The vocabulary of policy areas, as {@link BarChart} labels name it. */
	public static final String POLICY_AREA = "area";

	static final String RESOURCE_TYPE = "resourceType";

	static final String RESOURCE_FORMAT = "resourceFormat";

	static final String REGION = "region";

	/** The accents a decomposed value carries, dropped from its key. */
	private static final Pattern MARKS = Pattern.compile("\\p{M}");

	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

	private static final Pattern EDGE_DASHES = Pattern.compile("^-|-$");

	private final MessageSource messages;

	private final ContentLanguage contentLanguage = new ContentLanguage();

	public Terms(MessageSource messages) {
		this.messages = messages;
	}

	public String policyArea(String name) {
		return term(POLICY_AREA, name);
	}

	/**
	 * A policy area's name in the given language, whatever the visitor's; for indexing it
	 * in every language.
	 */
	public String policyArea(String name, Locale locale) {
		return (name != null) ? this.messages.getMessage(key(POLICY_AREA, name), null, name, locale) : null;
	}

	public String resourceType(String type) {
		return term(RESOURCE_TYPE, type);
	}

	public String resourceFormat(String format) {
		return term(RESOURCE_FORMAT, format);
	}

	public String region(String region) {
		return term(REGION, region);
	}

	/** National or local, from the enum or its name. */
	public String governmentLevel(Object level) {
		return (level != null) ? message("member.governmentLevel." + level, level.toString()) : null;
	}

	/**
	 * An IRM scale value as OGP writes it ("Not Started", "Did Not Change"), or a
	 * comma-separated list of them (the OGP values a commitment is relevant to), each
	 * part translated.
	 */
	public String irmValue(String value) {
		if (value == null) {
			return null;
		}
		return Arrays.stream(value.split(",\\s*"))
			.map((part) -> message("scale." + part.strip().replace(' ', '_'), part.strip()))
			.collect(Collectors.joining(", "));
	}

	/**
	 * A stored value of one vocabulary in the visitor's language; with no vocabulary, the
	 * value itself.
	 */
	public String term(String vocabulary, String value) {
		if (value == null || vocabulary == null || isEnglish()) {
			return value;
		}
		return message(key(vocabulary, value), value);
	}

	/**
	 * The language of stored content (titles, descriptions, institutions, roles) for its
	 * element's {@code lang} attribute: "en" or "es" when it is not the page's language,
	 * null (no attribute) when it is, or for no text.
	 */
	public String contentLang(String text) {
		return this.contentLanguage.of(text);
	}

	/**
	 * The language of a value that may not be text (a history's list of milestones): none
	 * unless it is text.
	 */
	public String contentLang(Object value) {
		return (value instanceof String text) ? contentLang(text) : null;
	}

	/**
	 * The language of a policy area's name as shown: "en" on a page in another language
	 * when the name has no translation and shows as stored, else null (no attribute).
	 */
	public String policyAreaLang(String name) {
		return termLang(POLICY_AREA, name);
	}

	/**
	 * As {@link #policyAreaLang(String)}, for a value of any vocabulary; null for no
	 * vocabulary.
	 */
	public String termLang(String vocabulary, String value) {
		if (value == null || vocabulary == null || isEnglish()) {
			return null;
		}
		return (this.messages.getMessage(key(vocabulary, value), null, null, LocaleContextHolder.getLocale()) == null)
				? "en" : null;
	}

	/**
	 * The message key of a stored value: "Infrastructure & Transport" is
	 * {@code area.infrastructure-transport}.
	 */
	static String key(String vocabulary, String value) {
		String plain = MARKS.matcher(Normalizer.normalize(value, Normalizer.Form.NFD)).replaceAll("");
		String slug = EDGE_DASHES.matcher(NOT_ALPHANUMERIC.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-"))
			.replaceAll("");
		return vocabulary + "." + slug;
	}

	private String message(String key, String fallback) {
		return this.messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
	}

	private static boolean isEnglish() {
		return Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
	}

}

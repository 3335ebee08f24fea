package org.opengovpartnership.portal.system;

/**
 * The characters no stored text may hold, because they break what is written from it (XML
 * feeds, HTML, CSV, logs): control characters other than tab, line feed and carriage
 * return, and the non-characters U+FFFE and U+FFFF.
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	/**
	 * The index of the first refused character in the text, or -1 when there is none (or
	 * no text).
	 */
	public static int indexOf(String text) {
		if (text == null) {
			return -1;
		}
		for (int i = 0; i < text.length(); i++) {
			if (isRefused(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	public static boolean isRefused(char c) {
		return (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF';
	}

	/** How a message names the character, like {@code U+000B}. */
	public static String name(char c) {
		return String.format("U+%04X", (int) c);
	}

	/** The text without its refused characters. */
	public static String remove(String text) {
		StringBuilder kept = new StringBuilder(text.length());
		text.chars().filter((c) -> !isRefused((char) c)).forEach((c) -> kept.append((char) c));
		return kept.toString();
	}

}

package org.opengovpartnership.portal.user;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be, as NIST SP 800-63B asks: at least 12 characters (and at most
 * the 72 bytes BCrypt reads), not one character repeated, not only white space, and not a
 * common password: not in the list shipped with the portal
 * ({@code passwords/common-passwords.txt}, 15,783 entries), ignoring capitals, nor such a
 * password followed only by digits and punctuation ({@code password1234!}). No rules
 * about kinds of characters, as NIST advises.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_BYTES = 72;

	/** Why a password is refused; each has a message {@code user.password.<key>}. */
	enum Problem {

		SIZE("size"), ONE_CHARACTER("repeated"), WHITESPACE("whitespace"), COMMON("common");

		final String key;

		Problem(String key) {
			this.key = key;
		}

	}

	private static final String LIST = "passwords/common-passwords.txt";

	private static final Set<String> COMMON = load();

	private PasswordPolicy() {
	}

	/**
	 * Why the password is refused, or empty when it is acceptable (and for null, which
	 * other checks refuse).
	 */
	static Optional<Problem> check(String password) {
		if (password == null) {
			return Optional.empty();
		}
		if (password.codePointCount(0, password.length()) < MIN_LENGTH
				|| password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of(Problem.SIZE);
		}
		if (password.isBlank()) {
			return Optional.of(Problem.WHITESPACE);
		}
		if (password.codePoints().distinct().count() == 1) {
			return Optional.of(Problem.ONE_CHARACTER);
		}
		String lower = password.toLowerCase(Locale.ROOT);
		int end = lower.length();
		while (end > 0 && !Character.isLetter(lower.charAt(end - 1))) {
			end--;
		}
		if (COMMON.contains(lower) || (end > 0 && COMMON.contains(lower.substring(0, end)))) {
			return Optional.of(Problem.COMMON);
		}
		return Optional.empty();
	}

	private static Set<String> load() {
		Set<String> common = new HashSet<>();
		try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(LIST)) {
			if (in == null) {
				throw new IllegalStateException("The list of common passwords is missing: " + LIST);
			}
			BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (!line.isEmpty()) {
					common.add(line.toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(common);
	}

}

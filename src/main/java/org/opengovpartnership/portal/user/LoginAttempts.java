package org.opengovpartnership.portal.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Counts failed sign-ins per username and per client address, and blocks both for a while
 * after too many. The counts live in the database ({@code login_failures}), so every
 * instance shares them and a restart keeps them. A username counts as sign-in compares
 * it: trimmed as Spring Security trims it, ignoring capitals, so {@code " Editor1\t"} is
 * {@code editor1}. The address is the client's as Tomcat gives it: behind a proxy, from
 * {@code X-Forwarded-For} only when the proxy is one of
 * {@code server.tomcat.remoteip.internal-proxies}.
 */
class LoginAttempts {

	static final int MAX_FAILURES = 5;

	/**
	 * How long a username or address stays blocked after its last failure (and how long
	 * failures are counted).
	 */
	static final Duration BLOCK_FOR = Duration.ofMinutes(15);

	private final ObjectProvider<JdbcTemplate> jdbcProvider;

	private final Clock clock;

	/**
	 * The database is looked up when first needed, so web-slice tests that never sign in
	 * need none.
	 */
	LoginAttempts(ObjectProvider<JdbcTemplate> jdbc, Clock clock) {
		this.jdbcProvider = jdbc;
		this.clock = clock;
	}

	boolean isBlocked(String username, String address) {
		Integer blocked = jdbc().queryForObject(
				"select count(*) from login_failures where attempt_key in (?, ?) and failures >= ? and last_failed > ?",
				Integer.class, userKey(username), addressKey(address), MAX_FAILURES, since());
		return blocked != null && blocked > 0;
	}

	void failed(String username, String address) {
		OffsetDateTime now = this.clock.instant().atOffset(ZoneOffset.UTC);
		jdbc().update("delete from login_failures where last_failed <= ?", since());
		increment(userKey(username), now);
		increment(addressKey(address), now);
	}

	void succeeded(String username) {
		jdbc().update("delete from login_failures where attempt_key = ?", userKey(username));
	}

	/**
	 * The name sign-in looks up: trimmed as Spring Security's form login trims it, in
	 * lower case.
	 */
	static String normalise(String username) {
		return (username != null) ? username.trim().toLowerCase(Locale.ROOT) : "";
	}

	private void increment(String key, OffsetDateTime now) {
		if (jdbc().update("update login_failures set failures = failures + 1, last_failed = ? where attempt_key = ?",
				now, key) > 0) {
			return;
		}
		try {
			jdbc().update("insert into login_failures (attempt_key, failures, last_failed) values (?, 1, ?)", key, now);
		}
		catch (DuplicateKeyException ex) {
			// Another instance inserted it meanwhile.
			jdbc().update("update login_failures set failures = failures + 1, last_failed = ? where attempt_key = ?",
					now, key);
		}
	}

	private OffsetDateTime since() {
		return this.clock.instant().minus(BLOCK_FOR).atOffset(ZoneOffset.UTC);
	}

	private JdbcTemplate jdbc() {
		return this.jdbcProvider.getObject();
	}

	private static String userKey(String username) {
		return "user:" + sha256(normalise(username));
	}

	private static String addressKey(String address) {
		return "address:" + sha256((address != null) ? address : "");
	}

	/**
	 * Keys of a fixed length whatever was typed, and no usernames stored in the clear.
	 */
	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package org.opengovpartnership.portal.user;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Counts failed sign-ins per username and per client address, and blocks both for a while after too many.
 */
class LoginAttempts {

	static final int MAX_FAILURES = 5;

	static final Duration BLOCK_FOR = Duration.ofMinutes(15);

	private final Cache<String, AtomicInteger> failures = Caffeine.newBuilder()
		.expireAfterWrite(BLOCK_FOR)
		.maximumSize(100_000)
		.build();

	boolean isBlocked(String username, String address) {
		return count(userKey(username)) >= MAX_FAILURES || count(addressKey(address)) >= MAX_FAILURES;
	}

	void failed(String username, String address) {
		increment(userKey(username));
		increment(addressKey(address));
	}

	void succeeded(String username) {
		this.failures.invalidate(userKey(username));
	}

	private int count(String key) {
		AtomicInteger count = this.failures.getIfPresent(key);
		return (count != null) ? count.get() : 0;
	}

	private void increment(String key) {
		this.failures.get(key, k -> new AtomicInteger()).incrementAndGet();
	}

	private static String userKey(String username) {
		return "user:" + ((username != null) ? username.toLowerCase(Locale.ROOT) : "");
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

}

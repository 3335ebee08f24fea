package org.opengovpartnership.portal.user;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

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

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		increment(userKey(event.getAuthentication().getName()));
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
			increment(addressKey(details.getRemoteAddress()));
		}
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		this.failures.invalidate(userKey(event.getAuthentication().getName()));
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

package org.opengovpartnership.portal.system;

import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: the {@code X-Request-Id} a proxy sent, when it looks like
 * one, else a new one. The id is in every log line written for the request (MDC key
 * {@code requestId}) and in the response's {@code X-Request-Id}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	static final String MDC_KEY = "requestId";

	/**
	 * Letters, digits and a few separators, at most 64: enough for UUIDs and nginx's
	 * $request_id, safe in logs.
	 */
	private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	private static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".ID";

	/**
	 * A random UUID (version 4) from a per-thread generator: unique enough to find a
	 * request's log lines, and unlike {@link UUID#randomUUID()} it does not take a lock
	 * shared by every request thread.
	 */
	static String newId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long high = (random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low).toString();
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		// Error pages are rendered in a second dispatch: log them under the same id.
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = (String) request.getAttribute(ATTRIBUTE);
		if (id == null) {
			String sent = request.getHeader(HEADER);
			id = (sent != null && SANE.matcher(sent).matches()) ? sent : newId();
			request.setAttribute(ATTRIBUTE, id);
			response.setHeader(HEADER, id);
		}
		MDC.put(MDC_KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(MDC_KEY);
		}
	}

}

package org.opengovpartnership.portal.caching;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A public page's request as the page sees it: only the query parameters it reads, in the
 * order they came, so that its ETag and cache entry depend on nothing else.
 */
final class KnownParameters extends HttpServletRequestWrapper {

	private final Set<String> known;

	private final String query;

	private KnownParameters(HttpServletRequest request, Set<String> known, String query) {
		super(request);
		this.known = known;
		this.query = query;
	}

	/**
	 * The request itself when it has no other parameter, else a view of it without them.
	 */
	static HttpServletRequest of(HttpServletRequest request, Set<String> known) {
		String query = request.getQueryString();
		if (query == null || query.isEmpty()) {
			return request;
		}
		StringJoiner kept = new StringJoiner("&");
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String name = (equals >= 0) ? pair.substring(0, equals) : pair;
			if (known.contains(decode(name))) {
				kept.add(pair);
			}
		}
		String filtered = kept.toString();
		return filtered.equals(query) ? request
				: new KnownParameters(request, known, filtered.isEmpty() ? null : filtered);
	}

	private static String decode(String name) {
		try {
			return URLDecoder.decode(name, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return name;
		}
	}

	@Override
	public String getQueryString() {
		return this.query;
	}

	@Override
	public String getParameter(String name) {
		return this.known.contains(name) ? super.getParameter(name) : null;
	}

	@Override
	public String[] getParameterValues(String name) {
		return this.known.contains(name) ? super.getParameterValues(name) : null;
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		Map<String, String[]> kept = new LinkedHashMap<>();
		super.getParameterMap().forEach((name, values) -> {
			if (this.known.contains(name)) {
				kept.put(name, values);
			}
		});
		return Collections.unmodifiableMap(kept);
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.enumeration(getParameterMap().keySet());
	}

}

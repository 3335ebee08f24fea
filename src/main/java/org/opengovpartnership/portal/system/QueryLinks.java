package org.opengovpartnership.portal.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to the current list with one query parameter changed, so pagers and facet links
 * keep the other filters.
 */
public class QueryLinks {

	private final String path;

	private final String query;

	public QueryLinks(HttpServletRequest request) {
		this.path = request.getRequestURI();
		this.query = request.getQueryString();
	}

	/**
	 * The current address with {@code name} set to {@code value} (or removed when null),
	 * back on the first page.
	 */
	public String with(String name, Object value) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(this.path)
			.query(this.query)
			.replaceQueryParam("page");
		if (value != null) {
			builder.replaceQueryParam(name, value);
		}
		else {
			builder.replaceQueryParam(name);
		}
		return builder.encode().build().toUriString();
	}

	/**
	 * Another address with the current filters, e.g. the CSV export of the list on
	 * screen.
	 */
	public String on(String otherPath) {
		return UriComponentsBuilder.fromPath(otherPath)
			.query(this.query)
			.replaceQueryParam("page")
			.replaceQueryParam("lang")
			.encode()
			.build()
			.toUriString();
	}

	/** The current address showing page {@code page} (zero-based). */
	public String page(int page) {
		return UriComponentsBuilder.fromPath(this.path)
			.query(this.query)
			.replaceQueryParam("page", page)
			.encode()
			.build()
			.toUriString();
	}

}

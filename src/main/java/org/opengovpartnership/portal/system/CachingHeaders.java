package org.opengovpartnership.portal.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

/**
 * Every Cache-Control the portal sends, decided here: public pages any cache may keep but
 * must revalidate (their ETags change with every change), pages for one visitor only, and
 * pages no cache may keep.
 */
public final class CachingHeaders {

	/** A public page: kept by any cache, revalidated with its ETag on every use. */
	public static final String PUBLIC = "public, no-cache";

	/**
	 * A page for this visitor only (a language just chosen, a session): no shared cache
	 * keeps it.
	 */
	public static final String PRIVATE = "private, no-cache";

	/**
	 * Never kept by any cache: pages of signed-in people, admin forms, sign-in, the 503
	 * page.
	 */
	public static final String NO_STORE = "no-store";

	private CachingHeaders() {
	}

	public static void publicPage(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, PUBLIC);
	}

	public static void privatePage(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE);
	}

	public static void neverStored(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
	}

	/**
	 * Whether the response is still a public page: nothing after the page cache marked it
	 * personal.
	 */
	public static boolean isPublic(HttpServletResponse response) {
		return PUBLIC.equals(response.getHeader(HttpHeaders.CACHE_CONTROL));
	}

	/**
	 * Pages for signed-in people (admin forms, public pages with edit links) must never
	 * be kept by any cache.
	 */
	public static void forPeople(HttpServletRequest request, HttpServletResponse response) {
		if (request.getUserPrincipal() != null || request.getServletPath().startsWith("/admin")
				|| request.getServletPath().equals("/login")) {
			neverStored(response);
		}
	}

}

package org.opengovpartnership.portal.system;

import java.util.List;

/**
 * The addresses of the public pages, declared once: the controllers map them and the page
 * cache ({@code caching.PublicPageFilter}) keys its versions on them.
 */
public final class PublicPages {

	/** The members list, the home page. */
	public static final String MEMBERS = "/";

	public static final String MEMBER = "/members/{slug}";

	/** The explorer across every member. */
	public static final String COMMITMENTS = "/commitments";

	public static final String MEMBER_COMMITMENTS = "/members/{slug}/commitments";

	public static final String MEMBER_COMMITMENT = "/members/{slug}/commitments/{code}";

	public static final String MEMBER_RESOURCES = "/members/{slug}/resources";

	/** Two to four members side by side: {@code /compare?members=mexico,ukraine}. */
	public static final String COMPARE = "/compare";

	/** The pages showing every member, changed by any change. */
	public static final List<String> OF_EVERY_MEMBER = List.of(MEMBERS, COMMITMENTS, COMPARE);

	/** The pages of one member, each showing nothing of other members. */
	public static final List<String> OF_ONE_MEMBER = List.of(MEMBER, MEMBER_COMMITMENTS, MEMBER_COMMITMENT,
			MEMBER_RESOURCES);

	private PublicPages() {
	}

}

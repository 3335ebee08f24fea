package org.opengovpartnership.portal.system;

/**
 * Published inside the transaction of a change to what public pages show, so that their
 * content versions are bumped when it commits (the {@code caching} module listens).
 *
 * @param slug the member whose pages show the change, or null when every member's pages
 * do
 */
public record MemberContentChanged(String slug) {

	public static MemberContentChanged of(String slug) {
		return new MemberContentChanged(slug);
	}

	public static MemberContentChanged everyMember() {
		return new MemberContentChanged(null);
	}

}

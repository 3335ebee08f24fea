package org.opengovpartnership.portal.caching;

/**
 * What {@link PublicPageFilter} hands to the controllers of the pages it serves.
 */
public final class PublicPages {

	/**
	 * Request attribute holding the member of {@code /members/{slug}}, with its contacts, when the filter has
	 * loaded it to compute the ETag: the page uses it instead of loading it again.
	 */
	public static final String MEMBER = "org.opengovpartnership.portal.caching.PublicPages.MEMBER";

	private PublicPages() {
	}

}

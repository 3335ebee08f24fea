package org.opengovpartnership.portal.system;

/**
 * What a link typed into an admin form may look like: only http and https, so no
 * {@code javascript:} or {@code data:} address ever reaches a public page.
 */
public final class Links {

	/** An absolute http(s) address with a host and no spaces. */
	public static final String HTTP_URL = "(?i:https?)://[^\\s/?#<>\"]+[^\\s<>\"]*";

	private Links() {
	}

}

package org.opengovpartnership.portal.system;

import java.net.URI;
import java.net.URISyntaxException;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The portal's public address, {@code portal.base-url} (env {@code PORTAL_BASE_URL}),
 * from which every absolute link is made (Atom feeds, the OpenAPI description): never
 * from the request's {@code Host} or {@code X-Forwarded-Host}, which the client chooses.
 */
@Component
public class BaseUrl {

	private final String value;

	BaseUrl(PortalProperties properties) {
		this.value = checked(properties.baseUrl());
	}

	/**
	 * The base address itself, without a trailing slash, like
	 * {@code https://members.example.org}.
	 */
	public String value() {
		return this.value;
	}

	/**
	 * The absolute address of a path template (from the root, like
	 * {@code /members/{slug}}) with its variables.
	 */
	public String of(String path, Object... variables) {
		return UriComponentsBuilder.fromUriString(this.value)
			.path(path)
			.buildAndExpand(variables)
			.encode()
			.toUriString();
	}

	private static String checked(String value) {
		String stripped = (value != null) ? value.strip() : "";
		while (stripped.endsWith("/")) {
			stripped = stripped.substring(0, stripped.length() - 1);
		}
		try {
			URI uri = new URI(stripped);
			if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null && uri.getQuery() == null && uri.getFragment() == null) {
				return stripped;
			}
		}
		catch (URISyntaxException ex) {
			// Reported below.
		}
		throw new IllegalStateException("portal.base-url (PORTAL_BASE_URL) must be the portal's public http(s) "
				+ "address, like https://members.example.org, not \u201c" + value + "\u201d");
	}

}

package org.opengovpartnership.portal.system;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout of every page needs besides the page's own data: the same address in
 * each language.
 */
@ControllerAdvice
class LayoutAdvice {

	private final ObjectProvider<PortalProperties> properties;

	LayoutAdvice(ObjectProvider<PortalProperties> properties) {
		this.properties = properties;
	}

	/**
	 * The page's address for search engines: the portal's public address and the path,
	 * with the language when one was asked for, without filters or paging; none on error
	 * pages.
	 */
	@ModelAttribute("canonicalUrl")
	String canonicalUrl(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
			return null;
		}
		PortalProperties portal = this.properties.getIfAvailable();
		String base = (portal != null) ? portal.baseUrl() : "http://localhost:8080";
		String lang = request.getParameter("lang");
		UriComponentsBuilder address = UriComponentsBuilder.fromUriString(base).path(request.getRequestURI());
		if (lang != null && LocaleConfig.SUPPORTED.stream().anyMatch((locale) -> locale.getLanguage().equals(lang))) {
			address.queryParam("lang", lang);
		}
		return address.build().toUriString();
	}

	/**
	 * Language code to the current address with {@code lang} set; error pages link to the
	 * address asked for.
	 */
	@ModelAttribute("languageLinks")
	Map<String, String> languageLinks(HttpServletRequest request) {
		Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (errorUri != null) ? errorUri.toString() : request.getRequestURI();
		String query = (errorUri != null) ? null : request.getQueryString();
		Map<String, String> links = new LinkedHashMap<>();
		for (Locale locale : LocaleConfig.SUPPORTED) {
			links.put(locale.getLanguage(),
					UriComponentsBuilder.fromPath(path)
						.query(query)
						.replaceQueryParam("lang", locale.getLanguage())
						.build()
						.toUriString());
		}
		return links;
	}

}

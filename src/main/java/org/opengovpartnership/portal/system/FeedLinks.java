package org.opengovpartnership.portal.system;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The Atom feed of the page, for the layout's {@code <link rel="alternate">} that feed
 * readers look for: a commitment's own feed on its page, the member's feed on the member
 * page and explorer, the feed of the filtered set on the explorer across members; none
 * elsewhere.
 */
@ControllerAdvice
class FeedLinks {

	/** The page's address to its feed's address and the message key of its title. */
	private static final Map<String, Feed> FEEDS = Map.of(PublicPages.MEMBER_COMMITMENT,
			new Feed("/members/{slug}/commitments/{code}/feed.atom", "feed.alternate.commitment"), PublicPages.MEMBER,
			new Feed("/members/{slug}/feed.atom", "feed.alternate.member"), PublicPages.MEMBER_COMMITMENTS,
			new Feed("/members/{slug}/feed.atom", "feed.alternate.member"), PublicPages.COMMITMENTS,
			new Feed("/commitments/feed.atom", "feed.alternate.all"));

	/**
	 * The feed of the page being shown, in the language the page was asked in, or null
	 * when it has none.
	 */
	@ModelAttribute("feedLink")
	FeedLink feedLink(HttpServletRequest request) {
		String pattern = String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
		Feed feed = FEEDS.get(pattern);
		if (feed == null) {
			return null;
		}
		UriComponentsBuilder address;
		if (PublicPages.COMMITMENTS.equals(pattern)) {
			// The explorer's feed follows the filters on screen, as its visible link
			// does.
			address = UriComponentsBuilder.fromUriString(new QueryLinks(request).on(feed.path()));
		}
		else {
			@SuppressWarnings("unchecked")
			Map<String, String> variables = (Map<String, String>) request
				.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
			address = UriComponentsBuilder.fromUriString(UriComponentsBuilder.fromPath(feed.path())
				.buildAndExpand((variables != null) ? variables : Map.of())
				.encode()
				.toUriString());
		}
		String lang = request.getParameter("lang");
		if (LocaleConfig.SUPPORTED.stream().anyMatch((locale) -> locale.getLanguage().equals(lang))) {
			address.queryParam("lang", lang);
		}
		return new FeedLink(address.build().toUriString(), feed.titleKey());
	}

	private record Feed(String path, String titleKey) {
	}

	/** A feed's address from the root and the message key of its title. */
	public record FeedLink(String href, String titleKey) {
	}

}

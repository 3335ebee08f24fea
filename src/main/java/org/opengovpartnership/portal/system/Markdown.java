package org.opengovpartnership.portal.system;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Turns the Markdown admins write into HTML that is safe to show: raw HTML is escaped by
 * commonmark and whatever remains is cleaned by jsoup's allow-list.
 */
@Component
public class Markdown {

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private final Safelist safelist = Safelist.basic().addTags("h3", "h4");

	/** Safe HTML for the text, or null for no text. */
	public String toSafeHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return null;
		}
		return Jsoup.clean(this.renderer.render(this.parser.parse(markdown)), this.safelist);
	}

}

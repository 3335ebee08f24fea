package org.opengovpartnership.portal.system;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Descriptions written in Markdown come out as safe HTML: formatting kept, scripts and
 * script links gone.
 */
class MarkdownTests {

	private final Markdown markdown = new Markdown();

	@Test
	void keepsFormattingAndLinks() {
		assertThat(this.markdown.toSafeHtml("Publish *all* data:\n\n- budgets\n- [contracts](https://example.org/c)"))
			.contains("<em>all</em>", "<li>budgets</li>", "<a href=\"https://example.org/c\"", "rel=\"nofollow\"");
	}

	@Test
	void showsRawHtmlAsTextNotAsElements() {
		String html = this.markdown.toSafeHtml("""
				<script>alert(1)</script>

				<img src=x onerror=alert(2)> <b onclick="alert(4)">bold</b>""");
		Document document = Jsoup.parseBodyFragment(html);
		assertThat(document.select("script, img, b")).isEmpty();
		assertThat(document.select("[onerror], [onclick]")).isEmpty();
		assertThat(document.text()).contains("<script>alert(1)</script>");
	}

	@Test
	void dropsScriptLinks() {
		Document document = Jsoup.parseBodyFragment(this.markdown
			.toSafeHtml("[click](javascript:alert(3)) and " + "[data](data:text/html;base64,PHNjcmlwdD4=)"));
		assertThat(document.select("a[href^=javascript], a[href^=data]")).isEmpty();
		assertThat(document.text()).contains("click", "data");
	}

	@Test
	void givesNothingForNoText() {
		assertThat(this.markdown.toSafeHtml(null)).isNull();
		assertThat(this.markdown.toSafeHtml("  ")).isNull();
	}

}

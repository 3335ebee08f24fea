package org.opengovpartnership.portal.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.opengovpartnership.portal.MexicoSeed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The members list and Mexico's page as a citizen gets them, rendered from the
 * Flyway-seeded data and read with HtmlUnit on top of MockMvc.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MemberControllerTests {

	private static final Pattern NULL_WORD = Pattern.compile("\\bnull\\b");

	@Autowired
	MockMvc mvc;

	@Autowired
	WebClient webClient;

	private HtmlPage mexico;

	@BeforeEach
	void openMexico() throws IOException {
		this.mexico = this.webClient.getPage("http://localhost/members/mexico");
	}

	@Test
	void showsTheMemberHeader() {
		assertThat(text(this.mexico.querySelector("h1"))).isEqualTo("Mexico");
		assertThat(texts(this.mexico, ".member-header .facts li")).containsExactly("Member since 2011",
				"Action Plan 4");
		assertThat(this.mexico.getTitleText()).startsWith("Mexico");
	}

	@Test
	void offersASkipLinkToTheMainContent() {
		DomElement skip = this.mexico.querySelector("a.skip-link");
		assertThat(text(skip)).isEqualTo("Skip to main content");
		assertThat(skip.getAttribute("href")).isEqualTo("#main");
		assertThat(this.mexico.getElementById("main").getTagName()).isEqualTo("main");
		assertThat(this.mexico.getBody().getFirstElementChild()).as("the first thing a keyboard reaches")
			.isEqualTo(skip);
	}

	@Test
	void navigatesToEachSectionFromOnThisPage() {
		DomElement nav = this.mexico.querySelector("nav.on-this-page");
		assertThat(text(nav.querySelector("h2"))).isEqualTo("On this page");
		List<String> targets = nav.querySelectorAll("a")
			.stream()
			.map(a -> ((DomElement) a).getAttribute("href"))
			.toList();
		assertThat(targets).containsExactly("#current-plan", "#contacts", "#commitments", "#results", "#resources",
				"#current-data", "#posts");
		assertThat(targets)
			.allSatisfy(href -> assertThat(this.mexico.getElementById(href.substring(1))).as(href).isNotNull());
		assertThat(texts(nav, "a")).containsExactly("Current action plan", "Contacts", "Commitments", "Results",
				"Resources", "Current data", "Recent posts");
	}

	@Test
	void showsTheSectionsInTheSeedsOrder() {
		assertThat(texts(this.mexico, "main section > h2")).containsExactly("Current action plan", "Contacts",
				"Commitments", "Results", "Resources", "Current data", "Recent posts");
	}

	@Test
	void showsTheCurrentActionPlan() {
		DomElement plan = this.mexico.getElementById("current-plan");
		assertThat(text(plan.querySelector(".plan-years"))).isEqualTo("2019-2021");
		assertThat(text(plan.querySelector(".plan-number"))).isEqualTo("Action Plan 4");
		assertThat(definitions(plan)).containsExactly("Number of commitments: 13", "Policy area focus: Not specified");
		assertThat(plan.asNormalizedText()).contains(MexicoSeed.CURRENT_PLAN_SUMMARY);
		assertThat(plan.querySelectorAll("a").stream().map(a -> ((DomElement) a).getAttribute("href")))
			.contains("https://tablero.gobabiertomx.org/");
	}

	@Test
	void showsBothContactsWithEmailLinks() {
		List<DomNode> cards = this.mexico.querySelectorAll("#contacts li");
		assertThat(cards).hasSize(2);
		for (int i = 0; i < 2; i++) {
			MexicoSeed.Contact contact = MexicoSeed.CONTACTS.get(i);
			DomNode card = cards.get(i);
			assertThat(card.asNormalizedText()).contains(contact.name(), contact.role(), contact.email());
			DomElement mail = card.querySelector("a");
			assertThat(mail.getAttribute("href")).isEqualTo("mailto:" + contact.email());
			assertThat(text(mail)).isEqualTo(contact.email());
		}
	}

	@Test
	void listsEveryCommitmentWithItsCodeYearAndPolicyArea() {
		List<DomNode> items = this.mexico.querySelectorAll("#commitments ol.commitments > li");

		List<MexicoSeed.Commitment> shown = items.stream().map(item -> {
			DomElement link = item.querySelector("a");
			String[] meta = text(item.querySelector(".meta")).split(", ");
			return new MexicoSeed.Commitment(meta[0], text(link), Integer.parseInt(meta[1]),
					(meta.length > 2) ? meta[2] : null);
		}).toList();

		assertThat(shown).hasSize(87).containsExactlyElementsOf(MexicoSeed.commitments());
		assertThat(text(this.mexico.querySelector("#commitments > p"))).startsWith("87 commitments");
	}

	@Test
	void linksEachCommitmentTitleToItsPage() {
		List<String> hrefs = this.mexico.querySelectorAll("#commitments ol.commitments > li > a")
			.stream()
			.map(a -> ((DomElement) a).getAttribute("href"))
			.toList();

		assertThat(hrefs).containsExactlyElementsOf(
				MexicoSeed.commitments().stream().map(c -> "/members/mexico/commitments/" + c.code()).toList());
	}

	@Test
	void showsNothingWhereACommitmentHasNoPolicyArea() {
		List<String> metas = texts(this.mexico, "#commitments .meta");
		assertThat(metas).contains("MX0009, 2011", "MX0037, 2011", "MX0075, 2019, Fiscal Openness");
	}

	@Test
	void listsEveryResourceInTheSeedsOrder() {
		List<MexicoSeed.Resource> shown = this.mexico.querySelectorAll("#resources ol.resources > li")
			.stream()
			.map(item -> {
				String title = text(item.querySelector("a, .title"));
				String[] meta = text(item.querySelector(".meta")).split(", ");
				return (meta.length == 3) ? new MexicoSeed.Resource(title, Integer.parseInt(meta[0]), meta[1], meta[2])
						: new MexicoSeed.Resource(title, Integer.parseInt(meta[0]), null, meta[1]);
			})
			.toList();

		assertThat(shown).hasSize(42).containsExactlyElementsOf(MexicoSeed.resources());
	}

	@Test
	void showsCommitmentPerformanceAndMissingFiguresAsTheSeedDoes() {
		assertThat(rows(table("Commitments that opened government"))).containsExactly("Action Plan 1 | No IRM data",
				"Action Plan 2 | 12 | 0 | 0", "Action Plan 3 | 2 | 0 | 0", "Action Plan 4 | Pending IRM review");
		assertThat(rows(table("Benchmarks"))).containsExactly("Global | 4 and 7", "Regional | 2 and 7");
		assertThat((DomNode) this.mexico.querySelector("#current-data svg title")).as("the chart's text alternative")
			.isNotNull();
	}

	@Test
	void showsStarGuidanceWithoutInventingIt() {
		DomElement data = this.mexico.getElementById("current-data");
		assertThat(data.asNormalizedText()).contains("Stars (global average 7%)");
		// The seed gives no guidance: not in OGP's data, even for the plans the IRM
		// reviewed; plan 4 awaits review.
		assertThat(rows(table("Where to focus"))).containsExactly(
				"Action Plan 1 | Not in OGP’s data | Not in OGP’s data",
				"Action Plan 2 | Not in OGP’s data | Not in OGP’s data",
				"Action Plan 3 | Not in OGP’s data | Not in OGP’s data",
				"Action Plan 4 | Pending IRM review | Pending IRM review");
	}

	@Test
	void showsPublicParticipationWithItsKey() {
		assertThat(texts(this.mexico, "#current-data dl.definitions dt")).contains("Collaborate", "Involve", "Consult",
				"Inform", "No consultation");
		assertThat(rows(table("Public participation"))).containsExactly(
				"Action Plan 1 | Not in OGP’s data | Not in OGP’s data | Not in OGP’s data",
				"Action Plan 2 | Not in OGP’s data | Not in OGP’s data | Not in OGP’s data",
				"Action Plan 3 | Not in OGP’s data | Not in OGP’s data | Not in OGP’s data",
				"Action Plan 4 | Pending IRM review | Pending IRM review | Pending IRM review");
	}

	@Test
	void showsTheGlobalReportsFourteenDimensions() {
		assertThat(texts(this.mexico, "#current-data h4")).containsExactly("Anti-Corruption", "Civic Space",
				"Open Policy Making", "Access to Information", "Fiscal Openness");
		assertThat(texts(this.mexico, "#current-data .findings abbr")).containsExactly("NC", "CA", "IR", "C", "A",
				"ER");

		List<String> implications = this.mexico.querySelectorAll("#current-data table")
			.stream()
			.filter(t -> text(((DomElement) t).querySelector("caption")).startsWith("Global Report dimensions: "))
			.flatMap(t -> rows((DomElement) t).stream()
				.map(row -> text(((DomElement) t).querySelector("caption")).substring(26) + " | " + row))
			.toList();
		assertThat(implications).containsExactly(
				"Anti-Corruption | Name not in OGP’s data (row 1) | Implement for results | No IRM data | Not in OGP’s data",
				"Anti-Corruption | Name not in OGP’s data (row 2) | Consider action | No IRM data | Not in OGP’s data",
				"Civic Space | Name not in OGP’s data (row 1) | Consider action | No IRM data | Not in OGP’s data",
				"Civic Space | Name not in OGP’s data (row 2) | Consider action | No IRM data | Not in OGP’s data",
				"Civic Space | Name not in OGP’s data (row 3) | Implement for results | No IRM data | Not in OGP’s data",
				"Open Policy Making | Name not in OGP’s data (row 1) | Consider action | No IRM data | Not in OGP’s data",
				"Open Policy Making | Name not in OGP’s data (row 2) | None | No IRM data | Not in OGP’s data",
				"Access to Information | Name not in OGP’s data (row 1) | None | No IRM data | Not in OGP’s data",
				"Access to Information | Name not in OGP’s data (row 2) | Implement for results | No IRM data | Not in OGP’s data",
				"Access to Information | Name not in OGP’s data (row 3) | Consider action | No IRM data | Not in OGP’s data",
				"Access to Information | Name not in OGP’s data (row 4) | Consider action | No IRM data | Not in OGP’s data",
				"Fiscal Openness | Name not in OGP’s data (row 1) | None | No IRM data | Not in OGP’s data",
				"Fiscal Openness | Name not in OGP’s data (row 2) | Implement for results | No IRM data | Not in OGP’s data",
				"Fiscal Openness | Name not in OGP’s data (row 3) | Consider action | No IRM data | Not in OGP’s data");
	}

	@Test
	void showsTheFiveRecentPostsWithTheirSummaries() {
		List<DomNode> posts = this.mexico.querySelectorAll("#posts li");
		assertThat(posts).extracting(post -> text(((DomElement) post).querySelector("h3")))
			.containsExactlyElementsOf(MexicoSeed.POST_TITLES);
		assertThat(posts.get(0).asNormalizedText()).contains("In 2018, 22 countries from Latin America");
		assertThat(posts.get(4).asNormalizedText()).contains("Explore how oversight bodies");
	}

	@Test
	void neverShowsTheWordNull() {
		String html = this.mexico.getWebResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(NULL_WORD.matcher(html).results().map(m -> context(html, m.start())).toList())
			.as("'null' in the HTML")
			.isEmpty();
	}

	@Test
	void staysUnderTheSizeBudgetWithItsStylesheet() throws Exception {
		long html = this.mexico.getWebResponse()
			.getContentAsString(StandardCharsets.UTF_8)
			.getBytes(StandardCharsets.UTF_8).length;
		long css = this.mvc.perform(get("/css/portal.css"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray().length;
		assertThat(this.mexico.querySelectorAll("script")).as("no JavaScript").isEmpty();
		assertThat(html + css).as("HTML and CSS bytes before compression").isLessThan(150 * 1024);
	}

	@Test
	void setsNoCookieForAnonymousVisitors() throws Exception {
		this.mvc.perform(get("/members/mexico"))
			.andExpect(status().isOk())
			.andExpect(view().name("members/show"))
			.andExpect(header().doesNotExist("Set-Cookie"));
	}

	@Test
	void listsMexicoWithItsCommitmentCountOnTheMembersPage() throws IOException {
		HtmlPage members = this.webClient.getPage("http://localhost/");

		assertThat(text(members.querySelector("h1"))).isEqualTo("OGP members");
		assertThat(rows(members.querySelector("table")))
			.containsExactly("Mexico | Americas | 2011 | Action Plan 4 | 87 | unchecked");
		DomElement link = members.querySelector("tbody a");
		assertThat(link.getAttribute("href")).isEqualTo("/members/mexico");
	}

	@Test
	void answersAnUnknownMemberWithNotFound() throws Exception {
		this.mvc.perform(get("/members/atlantis")).andExpect(status().isNotFound());
	}

	private DomElement table(String captionStart) {
		return this.mexico.querySelectorAll("table")
			.stream()
			.map(DomElement.class::cast)
			.filter(t -> t.querySelector("caption") != null
					&& text(t.querySelector("caption")).startsWith(captionStart))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No table captioned " + captionStart));
	}

	/** Each body row of a table as its cells' text joined by " | ". */
	private static List<String> rows(DomElement table) {
		return table.querySelectorAll("tbody tr")
			.stream()
			.map(row -> row.querySelectorAll("th, td")
				.stream()
				.map(MemberControllerTests::text)
				.collect(Collectors.joining(" | ")))
			.toList();
	}

	/** A description list as "term: definition" lines. */
	private static List<String> definitions(DomElement scope) {
		List<String> terms = texts(scope, "dt");
		List<String> details = texts(scope, "dd");
		return java.util.stream.IntStream.range(0, terms.size())
			.mapToObj(i -> terms.get(i) + ": " + details.get(i))
			.toList();
	}

	private static List<String> texts(DomNode scope, String selector) {
		return scope.querySelectorAll(selector).stream().map(MemberControllerTests::text).toList();
	}

	private static String text(DomNode node) {
		return node.asNormalizedText().replaceAll("\\s+", " ").trim();
	}

	private static String context(String html, int at) {
		return html.substring(Math.max(0, at - 60), Math.min(html.length(), at + 20));
	}

}

package org.opengovpartnership.portal.commitment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * A commitment's page, {@code /members/{slug}/commitments/{code}}, rendered from the
 * seeded data.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CommitmentControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WebClient webClient;

	@Test
	void showsTheCommitmentsTitleCodePlanYearAndPolicyArea() throws IOException {
		HtmlPage page = this.webClient.getPage("http://localhost/members/mexico/commitments/MX0075");

		assertThat(text(page.querySelector("h1"))).isEqualTo("Citizen Oversight of Social Program Spending");
		assertThat(definitions(page.querySelector("main dl"))).containsExactly("Code: MX0075",
				"Action plan: Action Plan 4 (2019-2021)", "Year: 2019", "Status: Not specified",
				"Lead institution: Not specified", "Supporting institutions: Not specified",
				"Policy area: Fiscal Openness");
		assertThat(page.getTitleText()).contains("MX0075", "Citizen Oversight of Social Program Spending");
	}

	@Test
	void linksBackToItsMember() throws IOException {
		HtmlPage page = this.webClient.getPage("http://localhost/members/mexico/commitments/MX0075");

		assertThat(page.querySelectorAll("nav.breadcrumbs a")
			.stream()
			.map(a -> ((DomElement) a).getAttribute("href"))
			.toList()).containsExactly("/", "/members/mexico", "/members/mexico/commitments");
	}

	@Test
	void showsNoNullForACommitmentWithoutPolicyArea() throws IOException {
		HtmlPage page = this.webClient.getPage("http://localhost/members/mexico/commitments/MX0009");

		assertThat(text(page.querySelector("h1"))).isEqualTo("Improve Database Quality");
		assertThat(definitions(page.querySelector("main dl"))).contains("Code: MX0009",
				"Action plan: Action Plan 1 (2011-2013)", "Year: 2011");
		assertThat(page.getWebResponse().getContentAsString(StandardCharsets.UTF_8))
			.doesNotContainPattern("\\bnull\\b");
	}

	@Test
	void rendersTheCommitmentView() throws Exception {
		this.mvc.perform(get("/members/mexico/commitments/MX0001"))
			.andExpect(status().isOk())
			.andExpect(view().name("commitments/show"));
	}

	@Test
	void answersAnUnknownCodeWithNotFound() throws Exception {
		this.mvc.perform(get("/members/mexico/commitments/MX9999")).andExpect(status().isNotFound());
	}

	@Test
	void answersACommitmentUnderAnotherMemberWithNotFound() throws Exception {
		this.mvc.perform(get("/members/atlantis/commitments/MX0075")).andExpect(status().isNotFound());
	}

	/** A description list as "term: definition" lines. */
	private static List<String> definitions(DomElement list) {
		List<String> terms = list.querySelectorAll("dt").stream().map(CommitmentControllerTests::text).toList();
		List<String> details = list.querySelectorAll("dd").stream().map(CommitmentControllerTests::text).toList();
		return IntStream.range(0, terms.size()).mapToObj(i -> terms.get(i) + ": " + details.get(i)).toList();
	}

	private static String text(DomNode node) {
		return node.asNormalizedText().replaceAll("\\s+", " ").trim();
	}

}

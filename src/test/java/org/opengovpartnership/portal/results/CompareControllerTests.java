package org.opengovpartnership.portal.results;

import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.opendata.SharedFileImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /compare}: two to four members side by side on OGP's real export, and a clear
 * answer to anything else.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(locations = "classpath:opendata/test.properties")
class CompareControllerTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void sharedFileImported() {
		SharedFileImport.ensure(this.context);
	}

	/**
	 * Mexico's seed: 4 plans, 87 commitments, none assessed; Ukraine's export: 6 plans,
	 * 32 commitments.
	 */
	@Test
	void putsTwoMembersSideBySide() throws Exception {
		this.mvc.perform(get("/compare").param("members", "mexico,ukraine"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Compare Mexico, Ukraine</h1>")))
			.andExpect(content().string(row("Action plans", 4, 6)))
			.andExpect(content().string(row("Commitments", 87, 32)))
			.andExpect(content().string(row("Not assessed", 87, 1)))
			.andExpect(content().string(containsString("<table class=\"data\" id=\"compare-areas\">")))
			.andExpect(content().string(containsString("role=\"img\" aria-labelledby=\"compare-completion-chart\"")));
	}

	/** A table row: its heading, then one cell per member. */
	private static Matcher<String> row(String heading, int... values) {
		StringBuilder pattern = new StringBuilder("(?s).*<th scope=\"row\">" + heading + "</th>");
		for (int value : values) {
			pattern.append("\\s*<td class=\"num\">").append(value).append("</td>");
		}
		return matchesPattern(pattern.append(".*").toString());
	}

	@Test
	void putsFourMembersSideBySideInSpanish() throws Exception {
		this.mvc
			.perform(get("/compare?members=ukraine&members=ghana&members=serbia,croatia").header("Accept-Language",
					"es"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Comparar Ukraine, Ghana, Serbia, Croatia</h1>")))
			.andExpect(content().string(containsString("<th scope=\"col\">Qu\u00e9 se cuenta</th>")))
			.andExpect(content().string(containsString("<th scope=\"row\">Sin iniciar</th>")));
	}

	@Test
	void answersAnUnknownMemberWithNotFound() throws Exception {
		this.mvc.perform(get("/compare").param("members", "mexico,atlantis")).andExpect(status().isNotFound());
	}

	@Test
	void explainsThatFiveMembersAreTooMany() throws Exception {
		this.mvc.perform(get("/compare").param("members", "mexico,ukraine,ghana,serbia,croatia"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose at most four members to compare; you chose 5.")));
	}

	@Test
	void explainsThatOneMemberIsTooFew() throws Exception {
		this.mvc.perform(get("/compare").param("members", "mexico, MEXICO,"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose at least two members to compare.")));
		this.mvc.perform(get("/compare"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose at least two members to compare.")))
			.andExpect(content().string(not(containsString("<table"))));
	}

	@Test
	void membersListSendsTheTickedMembersToTheComparison() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("<form id=\"compare-form\" action=\"/compare\" method=\"get\">")))
			.andExpect(content().string(containsString(
					"<input type=\"checkbox\" name=\"members\" form=\"compare-form\" value=\"ukraine\"")));
	}

}

package org.opengovpartnership.portal.results;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The results on Mexico's seed: 87 commitments the IRM's data does not assess, figures
 * typed by hand for plans 2 and 3 (12 and 2 major), plan 4 pending review. Nothing to
 * draw, so the page says which unknown it is, shows the typed figures beside the counted
 * ones, and the admin dashboard lists the plans where the two differ.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ResultsSectionTests {

	@Autowired
	MockMvc mvc;

	@Test
	void saysInWordsWhyNothingIsDrawn() throws Exception {
		this.mvc.perform(get("/members/mexico"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<section id=\"results\" aria-labelledby=\"results-heading\">")))
			.andExpect(content()
				.string(containsString("OGP\u2019s data has no IRM assessment for any of these 87 commitments.")))
			.andExpect(content().string(containsString(
					"The IRM has yet to review this action plan: none of its 13 commitments is assessed.")))
			.andExpect(content().string(not(containsString("aria-labelledby=\"results-total-completion-chart\""))));
	}

	@Test
	void showsTypedFiguresBesideCountedOnes() throws Exception {
		this.mvc.perform(get("/members/mexico"))
			.andExpect(content().string(containsString(
					"<caption id=\"results-plan-2-typed-caption\">Action Plan 2: figures entered by hand and counted from the commitments</caption>")))
			.andExpect(content().string(containsString(
					"<tr><th scope=\"row\">Major</th><td class=\"num\">12</td><td class=\"num\">0</td></tr>")))
			.andExpect(content()
				.string(containsString("The figures entered by hand differ from those counted from the commitments.")));
	}

	@Test
	void everyCommitmentRowSaysItsCompletion() throws Exception {
		this.mvc.perform(get("/members/mexico"))
			.andExpect(content().string(containsString("<span class=\"completion\">Completion: Not assessed</span>")));
		this.mvc.perform(get("/members/mexico/commitments").header("Accept-Language", "es"))
			.andExpect(content()
				.string(containsString("<span class=\"completion\">Nivel de cumplimiento: Sin evaluar</span>")));
	}

	@Test
	void theDashboardListsPlansWhoseFiguresDisagree() throws Exception {
		this.mvc.perform(get("/admin").with(user("editor").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Action plans whose figures disagree")))
			.andExpect(content().string(containsString(">Mexico, Action Plan 2</a>")))
			.andExpect(content().string(containsString(">Mexico, Action Plan 3</a>")))
			.andExpect(content().string(containsString("<td>12 / 0 / 0</td>")))
			.andExpect(content().string(not(containsString(">Mexico, Action Plan 4</a>"))));
	}

	@Test
	void answersTheResultsOfMexicoAsJsonAndAnUnknownMemberWithNotFound() throws Exception {
		this.mvc.perform(get("/api/v1/members/mexico/results"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("{\"total\":{\"commitments\":87,\"completion\":{\"notStarted\":0,"
						+ "\"limited\":0,\"substantial\":0,\"complete\":0,\"notAssessed\":87},\"didItOpenGovernment\":"
						+ "{\"worsened\":0,\"didNotChange\":0,\"marginal\":0,\"major\":0,\"outstanding\":0,"
						+ "\"notAssessed\":87},\"starred\":0},\"plans\":[{\"number\":4,\"years\":\"2019-2021\","
						+ "\"commitments\":13,")));
		this.mvc.perform(get("/api/v1/members/atlantis/results")).andExpect(status().isNotFound());
	}

	@Test
	void answersAnUnchangedResultWithNotModifiedAndDescribesIt() throws Exception {
		String etag = this.mvc.perform(get("/api/v1/members/mexico/results"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
		this.mvc.perform(get("/api/v1/members/mexico/results").header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified());
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(content().string(containsString("\"/api/v1/members/{slug}/results\"")))
			.andExpect(content().string(containsString("\"didItOpenGovernment\"")));
	}

}

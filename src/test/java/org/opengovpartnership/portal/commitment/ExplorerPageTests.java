package org.opengovpartnership.portal.commitment;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The explorer and the commitment page as citizens read them, in English and in Spanish.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExplorerPageTests {

	@Autowired
	MockMvc mvc;

	@Test
	void findsThePemexCommitmentsWithOneSearch() throws Exception {
		this.mvc.perform(get("/members/mexico/commitments").param("q", "PEMEX"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 commitments found")))
			.andExpect(content().string(containsString("Publish <mark>PEMEX</mark> Donation Data")))
			.andExpect(content().string(containsString("Publish <mark>PEMEX</mark> Contract Data")))
			.andExpect(content().string(not(containsString("Citizen Oversight of Social Program Spending"))))
			.andExpect(content().string(containsString("type=\"search\" id=\"q\" name=\"q\" value=\"PEMEX\"")));
	}

	@Test
	void keepsTheFiltersInTheAddressAndShowsTheirState() throws Exception {
		this.mvc.perform(get("/members/mexico/commitments?area=Anti-Corruption&plan=2"))
			.andExpect(content().string(containsString("7 commitments found")))
			.andExpect(content()
				.string(containsString("<option value=\"2\" selected=\"selected\">Action Plan 2 (2013-2015)</option>")))
			.andExpect(content()
				.string(containsString("value=\"Anti-Corruption\" selected=\"selected\">Anti-Corruption (7)</option>")))
			.andExpect(content().string(containsString("<label for=\"area\">Policy area</label>")))
			.andExpect(content()
				.string(containsString("href=\"/members/mexico/commitments.csv?area=Anti-Corruption&amp;plan=2\"")));
	}

	@Test
	void showsCountsPerPlanAndPolicyAreaBesideTheFilters() throws Exception {
		this.mvc.perform(get("/members/mexico/commitments"))
			.andExpect(content().string(allOf(containsString("By action plan"), containsString("By policy area"))))
			.andExpect(content().string(containsString(
					"<a href=\"/members/mexico/commitments?area=Anti-Corruption\">Anti-Corruption</a>\n          <span class=\"count\">22</span>")))
			.andExpect(content().string(containsString(
					"<a href=\"/members/mexico/commitments?plan=1\">Action Plan 1</a>\n          <span class=\"count\">37</span>")))
			.andExpect(content()
				.string(containsString("<caption id=\"area-chart-caption\">Commitments per policy area</caption>")));
	}

	@Test
	void listsTheResultsBeforeTheFiltersWithALinkToThem() throws Exception {
		String html = this.mvc.perform(get("/members/mexico/commitments"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).containsSubsequence("id=\"results-heading\"",
				"<a href=\"#filters\">Filter these commitments</a>", "<ol class=\"commitments\"",
				"<aside class=\"filters\" id=\"filters\"");
	}

	@Test
	void pagesWithLinksThatKeepTheFilters() throws Exception {
		this.mvc.perform(get("/members/mexico/commitments?year=2011"))
			.andExpect(content().string(containsString("37 commitments found")))
			.andExpect(content().string(containsString("Page 1 of 2")))
			.andExpect(content()
				.string(containsString("href=\"/members/mexico/commitments?year=2011&amp;page=1\" rel=\"next\"")));
		this.mvc.perform(get("/members/mexico/commitments?year=2011&page=1"))
			.andExpect(content().string(containsString("Page 2 of 2")))
			.andExpect(content().string(containsString("<ol class=\"commitments\" start=\"26\">")));
	}

	@Test
	void ignoresFilterValuesItCannotRead() throws Exception {
		this.mvc
			.perform(get("/members/mexico/commitments").param("plan", "four")
				.param("sort", "sideways")
				.param("page", "-3")
				.param("starred", "perhaps"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("87 commitments found")));
	}

	@Test
	void answersAnUnknownMemberWithNotFound() throws Exception {
		this.mvc.perform(get("/members/atlantis/commitments")).andExpect(status().isNotFound());
	}

	@Test
	void speaksSpanishWhenAskedByParameterAndKeepsTheChoiceInACookie() throws Exception {
		this.mvc.perform(get("/members/mexico/commitments").param("area", "Gender").param("lang", "es"))
			.andExpect(content().string(containsString("<html lang=\"es\">")))
			.andExpect(content().string(containsString("Se encontraron 4 compromisos")))
			.andExpect(content().string(containsString("<label for=\"plan\">Plan de acción</label>")))
			.andExpect(content().string(containsString("Aplicar filtros")))
			.andExpect(cookie().value("portal-lang", "es"));
	}

	@Test
	void speaksSpanishToABrowserThatPrefersItWithoutSettingACookie() throws Exception {
		this.mvc
			.perform(get("/members/mexico/commitments/MX0075").header(HttpHeaders.ACCEPT_LANGUAGE, "es-MX,es;q=0.9"))
			.andExpect(content().string(containsString("De un vistazo")))
			.andExpect(content().string(containsString("No figura en los datos de OGP")))
			.andExpect(content().string(containsString("Revisión del IRM")))
			.andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
	}

	@Test
	void fallsBackToEnglishForALanguageItDoesNotSpeak() throws Exception {
		this.mvc.perform(get("/members/mexico/commitments/MX0075").header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR"))
			.andExpect(content().string(containsString("<html lang=\"en\">")))
			.andExpect(content().string(containsString("At a glance")));
		this.mvc.perform(get("/members/mexico").param("lang", "fr"))
			.andExpect(content().string(containsString("<html lang=\"en\">")))
			.andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
	}

	@Test
	void showsTheIrmReviewWithScaleMeaningsAndLinksToNeighbours() throws Exception {
		this.mvc.perform(get("/members/mexico/commitments/MX0076"))
			.andExpect(content().string(containsString("Potential impact")))
			.andExpect(content().string(containsString("none, minor, moderate or transformative")))
			.andExpect(content().string(containsString("Not in OGP’s data")))
			.andExpect(content().string(containsString("href=\"/members/mexico/commitments/MX0075\"")))
			.andExpect(content().string(containsString("href=\"/members/mexico/commitments/MX0077\"")))
			.andExpect(content().string(containsString("Mexico Action Plan 2019-2021")));
	}

	@Test
	void offersALanguageSwitchToTheSamePage() throws Exception {
		this.mvc.perform(get("/members/mexico/commitments?q=data"))
			.andExpect(content()
				.string(containsString("<a href=\"/members/mexico/commitments?q=data&amp;lang=es\" lang=\"es\"")));
	}

}

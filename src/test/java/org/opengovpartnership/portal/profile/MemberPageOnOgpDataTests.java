package org.opengovpartnership.portal.profile;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.opendata.SharedFileImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Member and commitment pages on OGP's real export beside Mexico's seed: each unknown
 * says which kind it is, no table or chart is drawn empty, and what the commitments can
 * tell is never shown as missing. Expected figures were counted in the CSV file itself.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(locations = "classpath:opendata/test.properties")
class MemberPageOnOgpDataTests {

	private static final String PERFORMANCE = "table:has(caption:contains(Commitments that opened government))";

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void sharedFileImported() {
		SharedFileImport.ensure(this.context);
	}

	@Test
	void countsAPlansIrmFiguresFromItsCommitmentsWhereOgpGivesNone() throws Exception {
		Document ukraine = page("/members/ukraine", "en");
		// Plan 1: no "did it open government" value, one starred; plan 2: 2 major, 2
		// outstanding, 3 starred;
		// plan 5: 8 assessed, none major or outstanding, no star value; plans 4 and 6:
		// nothing assessed.
		assertThat(rows(ukraine, PERFORMANCE)).containsExactly(
				"Action Plan 1 (counted) | Not in OGP’s data | Not in OGP’s data | 1",
				"Action Plan 2 (counted) | 2 | 2 | 3", "Action Plan 3 (counted) | 0 | 1 | 1",
				"Action Plan 4 | No IRM data", "Action Plan 5 (counted) | 0 | 0 | Not in OGP’s data",
				"Action Plan 6 | No IRM data");
		assertThat(ukraine.select("#current-data .figure p.note").text()).contains("counted from the IRM values");
		assertThat(ukraine.select("#current-data .figure svg.chart rect.bar-major")).isNotEmpty();
	}

	@Test
	void saysSoInsteadOfDrawingEmptyTablesForAnImportedMember() throws Exception {
		Document ukraine = page("/members/ukraine", "en");
		String data = ukraine.select("#current-data").text();
		assertThat(data).contains("OGP’s data has no starred-commitment guidance for this member’s action plans.",
				"OGP’s data has no public participation figures for this member’s action plans.",
				"OGP’s data has no Global Report dimensions for this member.");
		assertThat(ukraine.select("#current-data table caption").eachText())
			.doesNotContain("Where to focus, per action plan", "Public participation per action plan");
		assertThat(ukraine.select("#posts").text()).contains("OGP’s data has no recent posts about Ukraine.");
		assertThat(ukraine.select("#posts ul")).isEmpty();
		// OGP's export tags commitments with policy areas without a primary one: the
		// chart counts the tags.
		assertThat(rows(ukraine, "#area-chart")).isNotEmpty().allSatisfy(row -> assertThat(row).matches(".+ \\| \\d+"));
		assertThat(ukraine.select("#current-data").text()).doesNotContain("No IRM data | No IRM data");
	}

	@Test
	void listsCommitmentsUnderAHeadingPerPlanNumberedWithinIt() throws Exception {
		Document ukraine = page("/members/ukraine", "en");
		assertThat(ukraine.select("#commitments h3").eachText()).containsExactly("Action Plan 6 (2023-2025)",
				"Action Plan 5 (2020-2022)", "Action Plan 4 (2018-2020)", "Action Plan 3 (2016-2018)",
				"Action Plan 2 (2014-2016)", "Action Plan 1 (2012-2013)");
		assertThat(ukraine.select("#commitments h3 + ol.commitments")).hasSize(6)
			.allSatisfy(list -> assertThat(list.hasAttr("start")).isFalse());
		assertThat(ukraine.select("#commitments ol.commitments").get(1).select("li")).hasSize(8);
	}

	@Test
	void labelsWhatTheSeedLacksAsNotInOgpsDataAndShowsItsKeys() throws Exception {
		Document mexico = page("/members/mexico", "en");
		assertThat(rows(mexico, PERFORMANCE)).containsExactly("Action Plan 1 | No IRM data",
				"Action Plan 2 | 12 | 0 | 0", "Action Plan 3 | 2 | 0 | 0", "Action Plan 4 | Pending IRM review");
		assertThat(mexico.select("#current-data").text()).contains("Focus on implementation", "Focus on design",
				"Focus on objectives and impact (ambition/potential impact)", "Focus on relevance to open government",
				"Focus on verifiability", "Participation was closed", "Participation was open to any interested party");
		assertThat(mexico.select("#current-data a[href*=global-report]").text())
			.isEqualTo("You can view and learn more about the report on OGP’s site.");
		assertThat(mexico.select("#current-data th[scope=row]").eachText()).contains("Name not in OGP’s data (row 1)")
			.noneMatch(name -> name.matches("Dimension \\d"));
		assertThat(rows(mexico, "table:has(caption:contains(Benchmarks))")).containsExactly("Global | 4 and 7",
				"Regional | 2 and 7");
		assertThat(mexico.select("#posts").text()).doesNotContain("Picture", "28893014307_dc4f4b2001_k", "blue-ish18");
	}

	@Test
	void showsACommitmentsDatesInTheVisitorsLanguageAndWhyIrmValuesAreMissing() throws Exception {
		Document english = page("/members/ukraine/commitments/UA0087", "en");
		assertThat(english.select("dl.inline").text()).contains("1 January 2021 – 31 December 2022");
		assertThat(irm(english, "Completion")).startsWith("Limited");
		assertThat(irm(english, "Early results")).startsWith("Not in OGP’s data");

		Document spanish = page("/members/ukraine/commitments/UA0087", "es");
		assertThat(spanish.select("dl.inline").text()).contains("1 de enero de 2021 – 31 de diciembre de 2022");

		// UA0105's IRM cells are all NR: not reviewed yet, which is not the same as no
		// data.
		assertThat(irm(page("/members/ukraine/commitments/UA0105", "en"), "Completion"))
			.startsWith("Not assessed by the IRM yet");
		// NZ0012's star: ND at the end of term, NA in the progress report; the end of
		// term, which counts, says why.
		assertThat(irm(page("/members/new-zealand/commitments/NZ0012", "en"), "Starred"))
			.startsWith("Not in OGP’s data");
	}

	@Test
	void movesACodeInAnotherCaseOrATrailingSlashPermanentlyToTheCanonicalAddress() throws Exception {
		this.mvc.perform(get("/members/mexico/commitments/mx0075"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/members/mexico/commitments/MX0075"));
		this.mvc.perform(get("/members/mexico/"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/members/mexico"));
		this.mvc.perform(get("/members/mexico/commitments/XX9999")).andExpect(status().isNotFound());
	}

	@Test
	void showsTheLastPageForAPageNumberPastTheEnd() throws Exception {
		Document past = page("/members/ukraine/commitments?page=99999999", "en");
		assertThat(past.select(".pager").text()).contains("Page 2 of 2");
		assertThat(past.select("ol.commitments li")).hasSize(7);
		this.mvc.perform(get("/api/v1/commitments").param("page", "2147483647"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", "application/problem+json"));
	}

	private Document page(String address, String language) throws Exception {
		String html = this.mvc.perform(get(address).header("Accept-Language", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	/** A table's body rows, each as its cells' texts joined by " | ". */
	private static List<String> rows(Document page, String table) {
		return page.select(table)
			.select("tbody tr")
			.stream()
			.map(row -> String.join(" | ", row.children().eachText()))
			.toList();
	}

	/** What the IRM review says for one of its fields. */
	private static String irm(Document page, String field) {
		Element term = page.select("dl.irm dt")
			.stream()
			.filter(dt -> dt.text().equals(field))
			.findFirst()
			.orElseThrow();
		return term.nextElementSibling().text();
	}

}

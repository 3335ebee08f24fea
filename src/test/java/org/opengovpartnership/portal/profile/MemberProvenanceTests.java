package org.opengovpartnership.portal.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.opendata.SharedFileImport;
import org.opengovpartnership.portal.system.Dates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Where a member's data comes from, as its page and the members list say it, on OGP's
 * open-parliament export imported (as "ogp.csv") beside the seeded Mexico.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(locations = "classpath:opendata/test.properties")
class MemberProvenanceTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Dates dates;

	@BeforeEach
	void sharedFileImported() {
		SharedFileImport.ensure(this.context);
	}

	@Test
	void saysAnImportedMemberCameFromAFileOfParliamentCommitmentsOnly() throws Exception {
		LocalDate importedOn = this.jdbc.queryForObject("select source_date from members where slug = 'ukraine'",
				LocalDate.class);
		// A fixed day, so that the test reads it as each language writes it.
		this.jdbc.update("update members set source_date = date '2026-12-05' where slug = 'ukraine'");
		try {
			assertThat(provenance(page("/members/ukraine", "en")))
				.isEqualTo("Imported from ogp.csv on " + englishLongDate(LocalDate.of(2026, 12, 5))
						+ ": 32 commitments of plans 1-6; this file holds parliament commitments only.");
			assertThat(provenance(page("/members/ukraine", "es"))).isEqualTo("Importado de ogp.csv el "
					+ "5 de diciembre de 2026: 32 compromisos de los planes 1-6; este archivo solo contiene "
					+ "compromisos parlamentarios.");
		}
		finally {
			this.jdbc.update("update members set source_date = ? where slug = 'ukraine'", importedOn);
		}
	}

	@Test
	void countsOneCommitmentOfOnePlan() throws Exception {
		assertThat(provenance(page("/members/denmark", "en"))).startsWith("Imported from ogp.csv on ")
			.endsWith(": 1 commitment of plan 1; this file holds parliament commitments only.");
		assertThat(provenance(page("/members/denmark", "es"))).startsWith("Importado de ogp.csv el ")
			.endsWith(": 1 compromiso del plan 1; este archivo solo contiene compromisos parlamentarios.");
	}

	@Test
	void saysMexicoWasSeededFromItsMemberPage() throws Exception {
		assertThat(provenance(page("/members/mexico", "en"))).isEqualTo("Seeded from OGP's member page for Mexico.");
		assertThat(provenance(page("/members/mexico", "es")))
			.isEqualTo("Datos iniciales tomados de la página de miembro de OGP para Mexico.");
	}

	@Test
	void leavesOutMemberSinceFromThePageHeaderWhereItIsUnknown() throws Exception {
		Document ukraine = page("/members/ukraine", "en");

		assertThat(ukraine.select(".member-header .facts li").eachText()).containsExactly("Action Plan 6");
	}

	@Test
	void marksMembersWhoseDataCoversOnlyTheirParliamentCommitments() throws Exception {
		Document list = page("/", "en");

		Element denmark = row(list, "Denmark");
		assertThat(denmark.select("td").get(3).text()).isEqualTo("1 (parliament commitments only)");
		assertThat(row(list, "Mexico").select("td").get(3).text()).isEqualTo("87");
		assertThat(list.select("td > span:containsOwn(parliament commitments only)")).hasSize(75);
		assertThat(list.getElementById("partial-note").text())
			.startsWith("A member marked “parliament commitments only” was imported from a file that holds only its "
					+ "parliament commitments");
		assertThat(row(page("/", "es"), "Denmark").select("td").get(3).text())
			.isEqualTo("1 (solo compromisos parlamentarios)");
	}

	@Test
	void writesNoEmptyMemberSinceCell() throws Exception {
		for (String language : List.of("en", "es")) {
			Document list = page("/", language);
			List<String> since = list.select("tbody tr").stream().map((tr) -> tr.select("td").get(1).text()).toList();

			assertThat(since).hasSize(SharedFileImport.MEMBERS).allSatisfy((text) -> assertThat(text).isNotBlank());
			assertThat(row(list, "Mexico").select("td").get(1).text()).isEqualTo("2011");
			assertThat(row(list, "Ukraine").select("td").get(1).text())
				.isEqualTo(language.equals("en") ? "Not recorded" : "Sin registrar");
		}
	}

	@Test
	void keepsTheProvenanceWhenAnAdminEditsTheMember() throws Exception {
		Map<String, Object> before = provenanceColumns("ukraine");
		Map<String, Object> ukraine = this.jdbc.queryForMap("select id, version from members where slug = 'ukraine'");
		try {
			this.mvc
				.perform(post("/admin/members/{id}", ukraine.get("id")).with(user("admin").roles("ADMIN"))
					.with(csrf())
					.param("slug", "ukraine")
					.param("name", "Ukraine")
					.param("iso3", "UKR")
					.param("region", "Europe")
					.param("memberSince", "2011")
					.param("governmentLevel", "NATIONAL")
					.param("version", String.valueOf(ukraine.get("version"))))
				.andExpect(status().is3xxRedirection());

			assertThat(
					this.jdbc.queryForObject("select member_since from members where slug = 'ukraine'", Integer.class))
				.isEqualTo(2011);
			assertThat(provenanceColumns("ukraine")).isEqualTo(before);
			assertThat(provenance(page("/members/ukraine", "en"))).startsWith("Imported from ogp.csv on ");
		}
		finally {
			this.jdbc.update("update members set member_since = null where slug = 'ukraine'");
		}
	}

	/**
	 * The day as the portal writes dates in English (the Dates bean's choice, "December
	 * 5, 2026" today).
	 */
	private String englishLongDate(LocalDate day) {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		try {
			return this.dates.longDate(day);
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	private Map<String, Object> provenanceColumns(String slug) {
		return this.jdbc.queryForMap("""
				select source_kind, source_file, source_date, source_commitments, source_plans, source_partial
				from members where slug = ?""", slug);
	}

	private Document page(String path, String language) throws Exception {
		String html = this.mvc.perform(get(path).param("lang", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return Jsoup.parse(html);
	}

	private static String provenance(Document page) {
		return page.selectFirst(".member-header .provenance").text();
	}

	private static Element row(Document list, String member) {
		return list.select("tbody tr")
			.stream()
			.filter((tr) -> tr.selectFirst("th").text().equals(member))
			.findFirst()
			.orElseThrow();
	}

}

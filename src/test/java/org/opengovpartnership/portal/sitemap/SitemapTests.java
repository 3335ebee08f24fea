package org.opengovpartnership.portal.sitemap;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.commitment.CommitmentRepository;
import org.opengovpartnership.portal.member.MemberRepository;
import org.opengovpartnership.portal.opendata.SharedFileImport;
import org.opengovpartnership.portal.system.PortalProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sitemap lists exactly the public pages the crawl test visits (without their
 * filtered variants and data files), robots.txt points to it, and pages name their
 * canonical address.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(locations = "classpath:opendata/test.properties")
class SitemapTests {

	private static final String BASE = "https://members.example.org";

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void sharedFileImported() {
		SharedFileImport.ensure(this.context);
	}

	@Test
	void listsEveryPublicPage() throws Exception {
		String xml = this.mvc.perform(get("/sitemap.xml"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("application/xml")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(locations(xml)).containsExactlyInAnyOrderElementsOf(publicPages());
	}

	@Test
	void splitsIntoASitemapIndexPastTheLimit() {
		SitemapController small = new SitemapController(this.context.getBean(MemberRepository.class),
				this.context.getBean(CommitmentRepository.class), this.context.getBean(PortalProperties.class), 100);
		String index = small.sitemap().getBody();
		int pages = publicPages().size();
		assertThat(index).contains("<sitemapindex");
		assertThat(locations(index)).hasSize((pages + 99) / 100).contains(BASE + "/sitemap-1.xml");
		List<String> all = new ArrayList<>();
		for (int file = 1; file <= (pages + 99) / 100; file++) {
			all.addAll(locations(small.part(file).getBody()));
		}
		assertThat(all).containsExactlyInAnyOrderElementsOf(publicPages());
	}

	@Test
	void robotsPointToTheSitemapAndKeepAdminAndApiOut() throws Exception {
		this.mvc.perform(get("/robots.txt"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Disallow: /admin\n")))
			.andExpect(content().string(containsString("Disallow: /api/\n")))
			.andExpect(content().string(containsString("Sitemap: " + BASE + "/sitemap.xml\n")));
	}

	@Test
	void pagesNameTheirCanonicalAddress() throws Exception {
		this.mvc.perform(get("/members/mexico/commitments").param("plan", "2"))
			.andExpect(content()
				.string(containsString("<link rel=\"canonical\" href=\"" + BASE + "/members/mexico/commitments\">")));
		this.mvc.perform(get("/commitments").param("lang", "es"))
			.andExpect(content()
				.string(containsString("<link rel=\"canonical\" href=\"" + BASE + "/commitments?lang=es\">")));
	}

	/**
	 * The crawl's pages without query strings or data files, plus the explorer across
	 * members.
	 */
	private List<String> publicPages() {
		List<String> pages = new ArrayList<>(List.of(BASE + "/", BASE + "/commitments"));
		for (String slug : this.jdbc.queryForList("select slug from members", String.class)) {
			String base = BASE + "/members/" + slug;
			pages.addAll(List.of(base, base + "/commitments", base + "/resources"));
		}
		this.jdbc.queryForList("""
				select c.slug, m.code from commitments m join action_plans p on p.id = m.action_plan_id
				 join members c on c.id = p.member_id""")
			.forEach((row) -> pages.add(BASE + "/members/" + row.get("slug") + "/commitments/" + row.get("code")));
		return pages;
	}

	private static List<String> locations(String xml) {
		List<String> found = new ArrayList<>();
		Matcher loc = Pattern.compile("<loc>([^<]*)</loc>").matcher(xml);
		while (loc.find()) {
			found.add(loc.group(1).replace("&amp;", "&"));
		}
		return found;
	}

}

package org.opengovpartnership.portal.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.opendata.SharedFileImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The guard every feature passes: with OGP's real 75-member export imported beside
 * Mexico's seed, every public page of every member, in English and in Spanish, answers
 * 200 with no raw message key and no interface text of the other language. Pages are
 * listed from the database, so a member or commitment the import adds is crawled too.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(locations = "classpath:opendata/test.properties")
class PublicPagesCrawlTests {

	private static final int EXPLORER_PAGE_SIZE = 25;

	/**
	 * What Thymeleaf writes for a message key it has no text for:
	 * {@code ??member.since_es??}.
	 */
	private static final Pattern RAW_MESSAGE_KEY = Pattern.compile("\\?\\?[\\w.\\-]+_[a-z]{2}(_[A-Z]{2})?\\?\\?");

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
	void everyPublicPageOfEveryMemberAnswersInBothLanguages() throws Exception {
		List<String> pages = publicPages();
		Map<String, String> failures = new LinkedHashMap<>();
		int requests = 0;
		for (String language : List.of("en", "es")) {
			InterfaceTexts otherLanguage = InterfaceTexts.otherThan(language);
			for (String page : pages) {
				requests++;
				MockHttpServletResponse response = this.mvc.perform(get(page).header("Accept-Language", language))
					.andReturn()
					.getResponse();
				String problem = problemOf(response, otherLanguage, language);
				if (problem != null) {
					failures.put(language + " " + page, problem);
				}
			}
		}
		assertThat(requests).isGreaterThanOrEqualTo(1700);
		assertThat(failures).as("%d of %d requests failed", failures.size(), requests).isEmpty();
	}

	/** Null when the page is as a visitor should see it, else what is wrong. */
	private static String problemOf(MockHttpServletResponse response, InterfaceTexts otherLanguage, String language)
			throws Exception {
		if (response.getStatus() != 200) {
			return "status " + response.getStatus();
		}
		String body = response.getContentAsString();
		Matcher rawKey = RAW_MESSAGE_KEY.matcher(body);
		if (rawKey.find()) {
			return "raw message key: " + rawKey.group();
		}
		if (String.valueOf(response.getContentType()).startsWith("text/html")) {
			String foreign = otherLanguage.foundIn(body, language);
			if (foreign != null) {
				return "interface text of the other language: " + foreign;
			}
		}
		return null;
	}

	/**
	 * Every public address: the members list, and for each member its pages, open data
	 * and commitments.
	 */
	private List<String> publicPages() {
		List<String> pages = new ArrayList<>(List.of("/", "/?region=Americas", "/commitments.csv", "/commitments",
				"/commitments?q=transparencia&region=Americas", "/commitments?member=ukraine&sort=TITLE&page=1",
				"/commitments.json?region=Europe", "/commitments/feed.atom?q=parliament", "/sitemap.xml",
				"/robots.txt"));
		// Each member beside Mexico, and its results as data.
		this.jdbc.queryForList("select slug from members where slug <> 'mexico' order by slug", String.class)
			.forEach((slug) -> pages
				.addAll(List.of("/compare?members=mexico," + slug, "/api/v1/members/" + slug + "/results")));
		List<Map<String, Object>> members = this.jdbc.queryForList("""
				select c.slug, (select count(*) from commitments m join action_plans p on p.id = m.action_plan_id
				 where p.member_id = c.id) as commitments from members c order by c.slug""");
		for (Map<String, Object> member : members) {
			String slug = (String) member.get("slug");
			int count = ((Number) member.get("commitments")).intValue();
			int lastPage = Math.max(0, (count - 1) / EXPLORER_PAGE_SIZE);
			String base = "/members/" + slug;
			pages.addAll(List.of(base, base + "/commitments", base + "/commitments?page=" + lastPage / 2,
					base + "/commitments?page=" + lastPage, base + "/commitments?sort=title&plan=1",
					base + "/resources", base + "/feed.atom", base + "/commitments.csv", base + "/commitments.json"));
		}
		this.jdbc.queryForList("""
				select c.slug, m.code from commitments m join action_plans p on p.id = m.action_plan_id
				 join members c on c.id = p.member_id order by c.slug, m.code""")
			.forEach(row -> pages.add("/members/" + row.get("slug") + "/commitments/" + row.get("code")));
		return pages;
	}

}

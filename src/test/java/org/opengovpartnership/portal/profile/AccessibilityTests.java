package org.opengovpartnership.portal.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opengovpartnership.portal.Browser;
import org.opengovpartnership.portal.opendata.SharedFileImport;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page in both languages, in headless Chromium, checked by axe-core with its
 * default rules: WCAG 2.x A and AA plus best practices. OGP's real export is imported, so
 * the pages of an imported member (Ukraine) are checked too, with a commitment page that
 * has dates and IRM values (UA0068), and that commitment's roadmap with evidence.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:opendata/test.properties")
class AccessibilityTests {

	@TempDir
	static Path profiles;

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	static void startChromium() throws IOException {
		browser = Browser.start(profiles);
	}

	@AfterAll
	static void stopChromium() {
		if (browser != null) {
			browser.quit();
		}
	}

	@BeforeEach
	void sharedFileImported() {
		SharedFileImport.ensure(this.context);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/members/mexico", "/members/mexico/commitments",
			"/members/mexico/commitments?area=Anti-Corruption&q=data", "/members/mexico/commitments/MX0075",
			"/members/mexico/resources", "/members/mexico/resources?type=Letter&year=2019", "/?region=Americas",
			"/members/atlantis", "/login", "/members/ukraine", "/members/ukraine/commitments",
			"/members/ukraine/commitments?page=1", "/members/ukraine/commitments/UA0068",
			"/compare?members=mexico,ukraine", "/compare?members=ukraine,ghana,serbia,croatia",
			"/compare?members=mexico", "/commitments", "/commitments?q=parliament&region=Europe&sort=TITLE",
			"/commitments?q=transparencia&starred=true" })
	void reportsNoAccessibilityViolationsInEnglishOrSpanish(String path) throws IOException {
		for (String lang : List.of("en", "es")) {
			String address = path + (path.contains("?") ? "&" : "?") + "lang=" + lang;
			browser.get("http://localhost:" + this.port + address);
			assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
			assertThat(browser.findElement(By.tagName("h1")).getText()).as("page loaded").isNotBlank();

			List<Map<String, Object>> violations = Browser.axeViolations(browser);

			assertThat(violations).as(() -> "axe-core violations on " + address + ":\n" + Browser.describe(violations))
				.isEmpty();
		}
	}

	@Test
	void reportsNoViolationsOnARoadmapWithEvidenceNorOnItsRowsAndDueLists() throws IOException {
		long id = this.jdbc.queryForObject("select id from commitments where code = 'UA0068'", Long.class);
		this.jdbc.update("""
				insert into milestones (commitment_id, position, title, end_date, status, weight, evidence) values
				(?, 1, 'Publish the register', date '2020-01-31', 'COMPLETED', 2,
				 '[{"title":"The register","url":"https://example.org/register"}]'),
				(?, 2, 'Train the officials', date '2099-01-31', 'DELAYED', 1, null)""", id, id);
		try {
			for (String path : List.of("/members/ukraine/commitments/UA0068", "/members/ukraine",
					"/members/ukraine/commitments")) {
				for (String lang : List.of("en", "es")) {
					String address = path + "?lang=" + lang;
					browser.get("http://localhost:" + this.port + address);
					if (!path.endsWith("/commitments")) {
						assertThat(browser.findElements(By.tagName("progress"))).as("progress on " + address)
							.isNotEmpty();
					}

					List<Map<String, Object>> violations = Browser.axeViolations(browser);

					assertThat(violations)
						.as(() -> "axe-core violations on " + address + ":\n" + Browser.describe(violations))
						.isEmpty();
				}
			}
		}
		finally {
			this.jdbc.update("delete from milestones where commitment_id = ?", id);
		}
	}

}

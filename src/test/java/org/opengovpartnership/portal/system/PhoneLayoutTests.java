package org.opengovpartnership.portal.system;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengovpartnership.portal.Browser;
import org.opengovpartnership.portal.opendata.SharedFileImport;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of public page on a phone (390 x 844 CSS pixels, as an iPhone 12 to 15) with
 * OGP's real export imported, in English and Spanish: nothing scrolls sideways, the
 * explorer's first result is within two screens, and every link and button outside
 * running text is at least 24 x 24 px (WCAG 2.2, 2.5.8). The widths measured are printed,
 * so this test is also how the widest page was measured before and after the layout was
 * fixed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:opendata/test.properties")
class PhoneLayoutTests {

	static final int WIDTH = 390;

	static final int HEIGHT = 844;

	/**
	 * Members list, member pages of the seeded and of an imported member, explorers,
	 * commitment pages (UA0068 has a start and an end date and IRM values), resources and
	 * a 404.
	 */
	static final List<String> PAGES = List.of("/", "/?region=Europe", "/members/mexico", "/members/ukraine",
			"/members/mexico/commitments", "/members/ukraine/commitments", "/members/mexico/commitments/MX0075",
			"/members/ukraine/commitments/UA0068", "/members/mexico/resources", "/members/ukraine/resources",
			"/members/atlantis", "/compare?members=mexico,ukraine,ghana,serbia");

	/**
	 * The document's width, and each element that reaches past the screen's right edge
	 * while not inside a box that scrolls on its own (the deepest ones only, to name the
	 * culprit).
	 */
	private static final String OVERFLOW = """
			const width = screen.width;
			const culprits = [...document.body.querySelectorAll('*')]
			  .filter(e => e.getBoundingClientRect().right > width + 0.5)
			  .filter(e => !e.parentElement.closest('.table-scroll'))
			  .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > width + 0.5))
			  .slice(0, 5)
			  .map(e => e.tagName.toLowerCase() + (e.className && e.className.baseVal === undefined ? '.' + e.className : '')
			    + ' right=' + Math.round(e.getBoundingClientRect().right) + ' "' + e.textContent.trim().slice(0, 40) + '"');
			return { width: document.documentElement.scrollWidth, culprits: culprits };
			""";

	/**
	 * Links and buttons smaller than 24 x 24 px, leaving out links inside a sentence
	 * (WCAG's "inline" exception): those with at least two words of other text on their
	 * line. Hidden targets are left out.
	 */
	private static final String SMALL_TARGETS = """
			const inSentence = el => {
			  let text = '';
			  for (const node of el.parentElement.childNodes) {
			    if (node === el) continue;
			    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
			    else if (node.nodeType === Node.ELEMENT_NODE && !node.matches('a[href], button')
			        && getComputedStyle(node).display.startsWith('inline')) text += node.textContent;
			  }
			  return /\\p{L}{2,}[^\\p{L}]+\\p{L}{2,}/u.test(text);
			};
			return [...document.querySelectorAll('a[href], button, input[type=submit], summary')]
			  .filter(e => e.getClientRects().length > 0)
			  .filter(e => !inSentence(e))
			  .map(e => [e, e.getBoundingClientRect()])
			  .filter(([e, r]) => r.width < 23.99 || r.height < 23.99)
			  .map(([e, r]) => e.tagName.toLowerCase() + ' "' + e.textContent.trim().slice(0, 40) + '" '
			    + r.width.toFixed(1) + ' x ' + r.height.toFixed(1));
			""";

	private static final String FIRST_RESULT_TOP = """
			const first = document.querySelector('.results .commitments > li');
			return first === null ? -1 : first.getBoundingClientRect().top + window.scrollY;
			""";

	@TempDir
	static Path profiles;

	private static ChromeDriver browser;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwords;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startChromiumAsAPhone() throws IOException {
		browser = Browser.start(profiles);
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", true));
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

	@Test
	void noPageScrollsSidewaysAndEveryTargetIsLargeEnough() {
		SoftAssertions softly = new SoftAssertions();
		List<String> widths = new ArrayList<>();
		for (String page : PAGES) {
			for (String lang : List.of("en", "es")) {
				String address = open(page, lang);
				assertThat((Long) browser.executeScript("return screen.width")).isEqualTo(WIDTH);
				@SuppressWarnings("unchecked")
				Map<String, Object> overflow = (Map<String, Object>) browser.executeScript(OVERFLOW);
				long width = (Long) overflow.get("width");
				widths.add(width + " px " + address);
				softly.assertThat(width)
					.as("%s is %d px wide at %d px; reaching past the edge: %s", address, width, WIDTH,
							overflow.get("culprits"))
					.isLessThanOrEqualTo(WIDTH);
				softly.assertThat((List<?>) browser.executeScript(SMALL_TARGETS))
					.as("links and buttons under 24 x 24 px on %s", address)
					.isEmpty();
			}
		}
		System.out.println("Document width at " + WIDTH + " x " + HEIGHT + ":\n  " + String.join("\n  ", widths));
		softly.assertAll();
	}

	@Test
	void theExplorersFirstResultIsWithinTwoScreens() {
		for (String slug : List.of("mexico", "ukraine")) {
			for (String lang : List.of("en", "es")) {
				String address = open("/members/" + slug + "/commitments", lang);
				Number top = (Number) browser.executeScript(FIRST_RESULT_TOP);
				System.out.println("First result at " + top + " px on " + address);
				assertThat(top.doubleValue()).as("top of the first result on %s", address)
					.isPositive()
					.isLessThan(2 * HEIGHT);
			}
		}
	}

	@Test
	void signedInEditorsGetEditLinksAndASignOutButtonLargeEnoughToo() {
		this.jdbc.update(
				"insert into users (username, password_hash, role, created_at) values (?, ?, 'EDITOR', current_timestamp)",
				"phone-editor", this.passwords.encode("a long enough phone password"));
		try {
			open("/login", "en");
			browser.findElement(By.id("username")).sendKeys("phone-editor");
			browser.findElement(By.id("password")).sendKeys("a long enough phone password");
			browser.findElement(By.cssSelector("main button[type=submit]")).click();
			new WebDriverWait(browser, Duration.ofSeconds(30))
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".site-header form button")));
			SoftAssertions softly = new SoftAssertions();
			for (String page : List.of("/members/mexico", "/members/ukraine", "/members/mexico/commitments/MX0075")) {
				String address = open(page, "en");
				assertThat(browser.findElements(By.cssSelector("main a[href*='/admin/']")))
					.as("edit links on %s", address)
					.isNotEmpty();
				@SuppressWarnings("unchecked")
				Map<String, Object> overflow = (Map<String, Object>) browser.executeScript(OVERFLOW);
				softly.assertThat((Long) overflow.get("width"))
					.as("%s signed in: %s", address, overflow.get("culprits"))
					.isLessThanOrEqualTo(WIDTH);
				softly.assertThat((List<?>) browser.executeScript(SMALL_TARGETS))
					.as("links and buttons under 24 x 24 px on %s, signed in", address)
					.isEmpty();
			}
			browser.findElement(By.cssSelector(".site-header form button")).click();
			new WebDriverWait(browser, Duration.ofSeconds(30))
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash-ok")));
			softly.assertAll();
		}
		finally {
			this.jdbc.update("delete from users where username = 'phone-editor'");
		}
	}

	private String open(String page, String lang) {
		String address = page + (page.contains("?") ? "&" : "?") + "lang=" + lang;
		browser.get("http://localhost:" + this.port + address);
		assertThat(browser.getTitle()).as("%s loaded", address).isNotBlank();
		return address;
	}

}

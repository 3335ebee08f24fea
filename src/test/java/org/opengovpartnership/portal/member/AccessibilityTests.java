package org.opengovpartnership.portal.member;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The members list and Mexico's page in headless Chromium, checked by axe-core (bundled in the test resources) with
 * its default rules: WCAG 2.x A and AA plus best practices. Needs {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver} (Debian's {@code chromium} and {@code chromium-driver}; {@code .ci/run} installs them).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AccessibilityTests {

	private static final File CHROMIUM = new File("/usr/bin/chromium");

	private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	/** Runs axe on the whole document and hands back each violation as plain data. */
	private static final String RUN_AXE = """
			const done = arguments[arguments.length - 1];
			axe.run(document)
			  .then(results => done(results.violations.map(v => ({
			    id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
			    nodes: v.nodes.map(n => n.target.join(' ') + ' :: ' + n.html + ' :: ' + n.failureSummary)
			  }))))
			  .catch(error => done([{ id: 'axe-error', impact: 'error', help: String(error), helpUrl: '', nodes: [] }]));
			""";

	@TempDir
	static Path profile;

	private static ChromeDriver browser;

	private static String axe;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startChromium() throws IOException {
		assertThat(CHROMIUM).as("Chromium (apt-get install chromium)").canRead();
		assertThat(CHROMEDRIVER).as("chromedriver (apt-get install chromium-driver)").canRead();
		try (InputStream in = AccessibilityTests.class.getResourceAsStream("/axe/axe.min.js")) {
			assertThat(in).as("axe/axe.min.js in the test resources").isNotNull();
			axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + Files.createTempDirectory(profile, "chromium"));
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
	}

	@AfterAll
	static void stopChromium() {
		if (browser != null) {
			browser.quit();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/members/mexico", "/members/mexico/commitments/MX0075", "/members/atlantis" })
	void reportsNoAccessibilityViolations(String path) {
		browser.get("http://localhost:" + this.port + path);
		assertThat(browser.findElement(By.tagName("h1")).getText()).as("page loaded").isNotBlank();

		browser.executeScript(axe);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> violations = (List<Map<String, Object>>) browser.executeAsyncScript(RUN_AXE);

		assertThat(violations).as(() -> "axe-core violations on " + path + ":\n" + describe(violations)).isEmpty();
	}

	private static String describe(List<Map<String, Object>> violations) {
		return violations.stream()
			.map(v -> "- " + v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " " + v.get("helpUrl")
					+ ((List<?>) v.get("nodes")).stream().map(n -> "\n    " + n).collect(Collectors.joining()))
			.collect(Collectors.joining("\n"));
	}

}

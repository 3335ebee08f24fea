package org.opengovpartnership.portal;

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

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Chromium for the full-stack tests, started as TOOLCHAIN.md says so that
 * nothing is downloaded, and axe-core (bundled in the test resources) to check pages.
 * Needs Debian's {@code chromium} and {@code chromium-driver}, which {@code .ci/run}
 * installs.
 */
public final class Browser {

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

	private static String axe;

	private Browser() {
	}

	/** A fresh headless Chromium with its own profile under {@code profiles}. */
	public static ChromeDriver start(Path profiles) throws IOException {
		assertThat(CHROMIUM).as("Chromium (apt-get install chromium)").canRead();
		assertThat(CHROMEDRIVER).as("chromedriver (apt-get install chromium-driver)").canRead();
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + Files.createTempDirectory(profiles, "chromium"));
		ChromeDriver browser = new ChromeDriver(service, options);
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		return browser;
	}

	/**
	 * The axe-core violations of the page the browser shows, each as id, impact, help and
	 * the nodes concerned.
	 */
	@SuppressWarnings("unchecked")
	public static List<Map<String, Object>> axeViolations(ChromeDriver browser) throws IOException {
		browser.executeScript(axeSource());
		return (List<Map<String, Object>>) browser.executeAsyncScript(RUN_AXE);
	}

	/** Violations as readable lines for a failure message. */
	public static String describe(List<Map<String, Object>> violations) {
		return violations.stream()
			.map(v -> "- " + v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " " + v.get("helpUrl")
					+ ((List<?>) v.get("nodes")).stream().map(n -> "\n    " + n).collect(Collectors.joining()))
			.collect(Collectors.joining("\n"));
	}

	private static synchronized String axeSource() throws IOException {
		if (axe == null) {
			try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
				assertThat(in).as("axe/axe.min.js in the test resources").isNotNull();
				axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		return axe;
	}

}

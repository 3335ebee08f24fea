package org.opengovpartnership.portal.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengovpartnership.portal.opendata.SharedFileImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page, in English and Spanish, passes the Nu Html Checker (vnu-jar from
 * npm, fetched into target/vnu by the build) with no errors. The checker refuses
 * localhost addresses, so the pages are saved to files first. OGP's real export is
 * imported, so the pages of an imported member (Ukraine) are checked too, with a
 * commitment page that has dates and IRM values (UA0068).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:opendata/test.properties")
class HtmlValidityTests {

	static final Path CHECKER = Path.of("target/vnu/package/build/dist/vnu.jar");

	static final List<String> PAGES = List.of("/", "/?region=Americas&q=mex", "/members/mexico",
			"/members/mexico/commitments", "/members/mexico/commitments?area=Anti-Corruption&sort=TITLE",
			"/members/mexico/commitments/MX0075", "/members/mexico/resources", "/members/mexico/resources?type=Letter",
			"/members/atlantis", "/login", "/members/ukraine", "/members/ukraine/commitments",
			"/members/ukraine/commitments/UA0068", "/compare?members=mexico,ukraine",
			"/compare?members=ukraine,ghana,serbia,croatia", "/commitments",
			"/commitments?q=parliament&region=Europe&sort=TITLE", "/commitments?q=transparencia&starred=true");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@TempDir
	Path pages;

	@Test
	void findsNoErrorsOnAnyPublicPageInEitherLanguage() throws Exception {
		assertThat(CHECKER).as("the Nu Html Checker, fetched by the build's fetch-html-checker profile").exists();
		SharedFileImport.ensure(this.context);
		HttpClient http = HttpClient.newHttpClient();
		List<String> files = new ArrayList<>();
		for (String page : PAGES) {
			for (String lang : List.of("en", "es")) {
				String address = page + (page.contains("?") ? "&" : "?") + "lang=" + lang;
				HttpResponse<String> response = http
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + address))
						.header("Accept", "text/html")
						.build(), HttpResponse.BodyHandlers.ofString());
				assertThat(response.statusCode()).as(address)
					.isEqualTo(page.startsWith("/members/atlantis") ? 404 : 200);
				Path file = this.pages
					.resolve(files.size() + "-" + page.replaceAll("[^a-z0-9]+", "-") + lang + ".html");
				Files.writeString(file, response.body(), StandardCharsets.UTF_8);
				files.add(file.toString());
			}
		}

		CheckerResult result = check(files);

		assertThat(result.output()).as("Nu Html Checker errors").isEmpty();
		assertThat(result.exitCode()).isZero();
	}

	@Test
	void reportsAnErrorInBrokenHtml() throws Exception {
		Path broken = this.pages.resolve("broken.html");
		Files.writeString(broken, "<!DOCTYPE html><html lang=en><head><title>x</title></head><body><p><div></p>");
		assertThat(check(List.of(broken.toString())).output()).contains("error");
	}

	private static CheckerResult check(List<String> files) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", CHECKER.toString(),
						"--errors-only"));
		command.addAll(files);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		return new CheckerResult(process.waitFor(), output);
	}

	record CheckerResult(int exitCode, String output) {
	}

}

package org.opengovpartnership.portal.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error pages a browser gets from the running server; MockMvc cannot show them, as
 * the servlet container renders them on its error dispatch.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ErrorPageTests {

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/members/atlantis", "/members/mexico/commitments/MX9999", "/no/such/page" })
	void showsTheNotFoundPage(String path) throws Exception {
		HttpResponse<String> response = fetch(path);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
		assertThat(response.body()).contains("<title>Page not found · OGP Member Portal</title>")
			.contains("<h1>Page not found</h1>")
			.contains("There is no page at this address.")
			.contains("<a href=\"/\">See all members</a>")
			.contains("class=\"skip-link\"")
			.doesNotContainPattern("\\bnull\\b")
			.doesNotContain("Exception");
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void showsTheErrorPagesOwnTextsNeverAMessageKey(String language) throws Exception {
		HttpResponse<String> notFound = http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/members/atlantis"))
				.header("Accept", "text/html")
				.header("Accept-Language", language)
				.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> forbidden = http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/members/mexico"))
				.header("Accept", "text/html")
				.header("Accept-Language", language)
				.DELETE()
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(notFound.statusCode()).isEqualTo(404);
		assertThat(forbidden.statusCode()).isEqualTo(403);
		for (HttpResponse<String> response : List.of(notFound, forbidden)) {
			assertThat(response.body()).doesNotContain("??", "role=\"alert\"", "Not Found", "Forbidden")
				.contains(language.equals("es") ? "lang=\"es\"" : "lang=\"en\"");
		}
		assertThat(notFound.body()).contains(language.equals("es") ? "Página no encontrada" : "Page not found");
	}

	@Test
	void servesTheMemberPageToABrowser() throws Exception {
		HttpResponse<String> response = fetch("/members/mexico");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<h1>Mexico</h1>");
	}

	private HttpResponse<String> fetch(String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
			.GET()
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}

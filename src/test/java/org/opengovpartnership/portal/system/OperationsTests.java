package org.opengovpartnership.portal.system;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.Http;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators and proxies rely on, checked on the running server: compressed pages,
 * static files under hashed addresses cached for a year, health probes and Prometheus
 * metrics per page (and nothing else of Actuator), and a request id on every response.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:operations;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"portal.admin.username=operator", "portal.admin.password=" + OperationsTests.PASSWORD })
class OperationsTests {

	static final String PASSWORD = "operators read the metrics";

	@LocalServerPort
	int port;

	@Test
	void compressesPagesForClientsThatAcceptGzip() {
		HttpResponse<String> page = Http.get(url("/members/mexico"), "Accept-Encoding", "gzip");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
	}

	@Test
	void servesTheStylesheetUnderAHashedAddressCachedForAYear() {
		String page = Http.get(url("/members/mexico")).body();
		Matcher stylesheet = Pattern.compile("href=\"(/css/portal-[0-9a-f]{32}\\.css)\"").matcher(page);
		assertThat(stylesheet.find()).as("hashed stylesheet address").isTrue();

		HttpResponse<String> css = Http.get(url(stylesheet.group(1)));

		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public");
		assertThat(css.body()).contains("font-family");
	}

	@Test
	void exposesHealthWithItsProbesAndTheDatabase() {
		HttpResponse<String> health = Http.get(url("/actuator/health"));
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"db\"");
		assertThat(Http.get(url("/actuator/health/readiness")).body()).contains("\"db\"").contains("UP");
		assertThat(Http.get(url("/actuator/health/liveness")).statusCode()).isEqualTo(200);
	}

	@Test
	void measuresEachPageByItsAddressPatternAlsoWhenAnsweredWith304() {
		String etag = Http.get(url("/members/mexico/commitments/MX0075")).headers().firstValue("ETag").orElseThrow();
		assertThat(Http.get(url("/members/mexico/commitments/MX0075"), "If-None-Match", etag).statusCode())
			.isEqualTo(304);

		String admin = Http.signIn(url(""), "operator", PASSWORD);
		String metrics = Http.get(url("/actuator/prometheus"), "Cookie", admin).body();

		assertThat(metrics).containsPattern(
				"http_server_requests_seconds_bucket\\{[^}]*status=\"200\",uri=\"/members/\\{slug\\}/commitments/\\{code\\}\"");
		assertThat(metrics).containsPattern(
				"http_server_requests_seconds_count\\{[^}]*status=\"304\",uri=\"/members/\\{slug\\}/commitments/\\{code\\}\"");
	}

	@Test
	void keepsTheMetricsFromAnyoneButAdmins() {
		HttpResponse<String> anonymous = Http.get(url("/actuator/prometheus"));
		assertThat(anonymous.statusCode()).isEqualTo(302);
		// Relative, on the real server too: no Host header makes the address.
		assertThat(anonymous.headers().firstValue("Location")).hasValue("/login");
		assertThat(anonymous.body()).doesNotContain("http_server_requests");
		assertThat(Http.get(url("/actuator/prometheus"), "Cookie", Http.signIn(url(""), "operator", PASSWORD))
			.statusCode()).isEqualTo(200);
	}

	@Test
	void exposesNoOtherActuatorEndpoint() {
		for (String endpoint : new String[] { "env", "beans", "configprops", "heapdump", "threaddump", "loggers",
				"mappings", "metrics", "shutdown", "info" }) {
			assertThat(Http.get(url("/actuator/" + endpoint)).statusCode()).as(endpoint).isEqualTo(404);
		}
	}

	@Test
	void tagsEveryResponseWithARequestId() {
		assertThat(Http.get(url("/"), "X-Request-Id", "lb-7f3a9c").headers().firstValue("X-Request-Id"))
			.hasValue("lb-7f3a9c");
		String replaced = Http.get(url("/"), "X-Request-Id", "not sane <script>")
			.headers()
			.firstValue("X-Request-Id")
			.orElseThrow();
		assertThat(replaced).matches("[0-9a-f-]{36}");
		assertThat(Http.get(url("/members/atlantis")).headers().firstValue("X-Request-Id")).isPresent();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}

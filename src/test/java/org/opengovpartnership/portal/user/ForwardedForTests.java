package org.opengovpartnership.portal.user;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.Http;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in limits behind a proxy, on a real Tomcat with the portal's own
 * {@code server.tomcat.remoteip.internal-proxies} (loopback only; the test itself is the
 * proxy): {@code X-Forwarded-For} counts only as far as the trusted proxy wrote it, so a
 * client who rotates the value it sends is still one address, even from a private network
 * (172.28.0.1, as the compose network's gateway), which Tomcat's default would have
 * trusted as a proxy too. nginx appends the address it saw to whatever the client sent,
 * as this test's header does.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:forwarded;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"portal.admin.username=chief", "portal.admin.password=" + SecurityTests.PASSWORD,
		"server.forward-headers-strategy=native" })
@DirtiesContext
class ForwardedForTests {

	private static final HttpClient CLIENT = HttpClient.newBuilder().build();

	@LocalServerPort
	int port;

	@Test
	void aClientRotatingItsForwardedForIsStillBlockedByItsRealAddress() throws Exception {
		for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
			assertThat(signIn("guess" + i, "wrong password", "10.9.8." + i + ", 192.0.2." + i + ", 172.28.0.1"))
				.endsWith("/login?error");
		}

		assertThat(signIn("chief", SecurityTests.PASSWORD, "203.0.113.1, 172.28.0.1")).endsWith("/login?blocked");
		// Another client behind the same proxy is not blocked.
		assertThat(signIn("chief", SecurityTests.PASSWORD, "203.0.113.1, 172.28.0.2")).endsWith("/");
	}

	/**
	 * Signs in through the form with the given X-Forwarded-For; returns where the answer
	 * redirects.
	 */
	private String signIn(String username, String password, String forwardedFor)
			throws IOException, InterruptedException {
		HttpResponse<String> form = Http.get(url("/login"));
		String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + Http.csrfToken(form.body());
		HttpResponse<String> answer = CLIENT.send(HttpRequest.newBuilder(URI.create(url("/login")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", Http.setCookie(form, "SESSION"))
			.header("X-Forwarded-For", forwardedFor)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(302);
		return answer.headers().firstValue("Location").orElseThrow();
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}

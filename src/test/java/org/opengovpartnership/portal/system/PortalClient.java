package org.opengovpartnership.portal.system;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jsoup.Connection.KeyVal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser's part towards a portal running in a process of its own: cookies, the sign-in
 * form of the first admin, the commitment form posted as it comes with a new title.
 */
final class PortalClient {

	private final String base;

	private final String password;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	PortalClient(String base, String password) {
		this.base = base;
		this.password = password;
	}

	/**
	 * The portal's address once its readiness probe answers 200.
	 * @throws AssertionError when the process ends, or is not ready within 4 minutes
	 */
	static String awaitReady(Process portal, int port) throws Exception {
		String base = "http://127.0.0.1:" + port;
		HttpClient http = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
		while (System.nanoTime() < deadline) {
			assertThat(portal.isAlive()).as("the portal runs (see its log)").isTrue();
			try {
				HttpResponse<Void> ready = http.send(
						HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")).build(),
						HttpResponse.BodyHandlers.discarding());
				if (ready.statusCode() == 200) {
					return base;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new AssertionError("The portal did not start within 4 minutes");
	}

	void signIn() throws Exception {
		String token = page("/login").select("input[name=_csrf]").val();
		HttpResponse<String> response = post("/login",
				List.of(pair("username", "admin"), pair("password", this.password), pair("_csrf", token)));
		assertThat(response.headers().firstValue("Location")).as("where signing in leads")
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("error"));
	}

	int saveCommitmentTitle(String code, String title) throws Exception {
		Document edit = page("/admin/commitments/" + code + "/edit");
		FormElement form = edit.select("form[action=/admin/commitments/" + code + "]").forms().get(0);
		List<String[]> fields = new ArrayList<>();
		for (KeyVal field : form.formData()) {
			fields.add(pair(field.key(), field.key().equals("details.title") ? title : field.value()));
		}
		return post(form.attr("action"), fields).statusCode();
	}

	/** A page that must answer 200, parsed. */
	Document page(String path) throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(this.base + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private HttpResponse<String> post(String path, List<String[]> fields) throws Exception {
		String body = fields.stream()
			.map((field) -> URLEncoder.encode(field[0], StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field[1], StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String[] pair(String name, String value) {
		return new String[] { name, value };
	}

}

package org.opengovpartnership.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client for tests against running instances, as a browser without
 * JavaScript talks to them: no redirects followed, cookies and CSRF tokens handled by the
 * test itself.
 */
public final class Http {

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private Http() {
	}

	/** A GET with the given headers, given as name, value, name, value... */
	public static HttpResponse<String> get(String url, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request.build());
	}

	/** A form POST, with the session cookie when given. */
	public static HttpResponse<String> post(String url, String cookie, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return send(request.build());
	}

	/** The {@code name=value} of the cookie a response sets, or null. */
	public static String setCookie(HttpResponse<?> response, String name) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.map(header -> header.split(";", 2)[0])
			.filter(pair -> pair.startsWith(name + "="))
			.findFirst()
			.orElse(null);
	}

	/** The CSRF token of the first form on a page. */
	public static String csrfToken(String html) {
		Matcher matcher = CSRF.matcher(html);
		if (!matcher.find()) {
			throw new AssertionError("No CSRF token on the page");
		}
		return matcher.group(1);
	}

	/**
	 * Signs in through the form, as a browser does: the form's page (which starts a
	 * session for its CSRF token), then the POST. Returns the session cookie
	 * ({@code SESSION=...}) of the signed-in session.
	 */
	public static String signIn(String baseUrl, String username, String password) {
		HttpResponse<String> form = get(baseUrl + "/login");
		String cookie = setCookie(form, "SESSION");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("username", username);
		fields.put("password", password);
		fields.put("_csrf", csrfToken(form.body()));
		HttpResponse<String> signedIn = post(baseUrl + "/login", cookie, fields);
		if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
			throw new AssertionError("Sign-in failed: " + signedIn.statusCode() + " " + signedIn.headers().map());
		}
		String renewed = setCookie(signedIn, "SESSION");
		return (renewed != null) ? renewed : cookie;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static HttpResponse<String> send(HttpRequest request) {
		try {
			return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}

package org.opengovpartnership.portal.system;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.Http;
import org.opengovpartnership.portal.PortalApplication;
import org.opengovpartnership.portal.TestPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the portal on one PostgreSQL database, as behind the load balancer of
 * docker-compose.yml: a session started on one is valid on the other (Spring Session
 * JDBC), and a change made through one shows on the other as soon as PostgreSQL has
 * notified it (within milliseconds of the commit), with a new ETag, though the other
 * keeps rendered pages and content versions in memory.
 */
class TwoInstancesTests {

	private static final String PASSWORD = "two instances, one database";

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	private static String a;

	private static String b;

	@BeforeAll
	static void startTwoInstancesOnOneDatabase() {
		String database = TestPostgres.database("two_instances");
		first = start(database);
		second = start(database);
		a = baseUrl(first);
		b = baseUrl(second);
	}

	@AfterAll
	static void stop() {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
	}

	@Test
	void acceptsOnOneInstanceTheSessionSignedInOnTheOther() {
		assertThat(Http.get(b + "/admin").statusCode()).as("anonymous on B").isEqualTo(302);

		String session = Http.signIn(a, "chief", PASSWORD);

		HttpResponse<String> admin = Http.get(b + "/admin", "Cookie", session);
		assertThat(admin.statusCode()).isEqualTo(200);
		assertThat(admin.body()).contains("chief");
		assertThat(admin.headers().firstValue("Cache-Control")).hasValue("no-store");
	}

	@Test
	void showsAnEditThroughOneInstanceOnTheOthersNextRequest() {
		String commitmentPage = b + "/members/mexico/commitments/MX0081";
		String memberPage = b + "/members/mexico";
		HttpResponse<String> before = Http.get(commitmentPage);
		HttpResponse<String> memberBefore = Http.get(memberPage);
		// Asked twice, so B answers the second time from its page cache.
		assertThat(Http.get(commitmentPage).body()).isEqualTo(before.body());
		String etag = before.headers().firstValue("ETag").orElseThrow();
		assertThat(Http.get(commitmentPage, "If-None-Match", etag).statusCode()).isEqualTo(304);
		assertThat(before.body()).doesNotContain("Technology Rights and Privacy, revised on A");

		HttpResponse<String> saved = saveTitleOnA("MX0081", "Technology Rights and Privacy, revised on A");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);

		HttpResponse<String> after = nextChangedResponse(commitmentPage, etag);
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(after.body()).contains("Technology Rights and Privacy, revised on A");
		assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
		HttpResponse<String> memberAfter = Http.get(memberPage);
		assertThat(memberAfter.body()).contains("Technology Rights and Privacy, revised on A");
		assertThat(memberAfter.headers().firstValue("ETag")).isNotEqualTo(memberBefore.headers().firstValue("ETag"));
	}

	@Test
	void findsAnEditThroughOneInstanceInTheOthersSearch() throws InterruptedException {
		String search = b + "/members/mexico/commitments?q=zanzibar";
		assertThat(Http.get(search).body()).as("B's search before the edit").doesNotContain("MX0082");

		assertThat(saveTitleOnA("MX0082", "Open Data for Zanzibar Islands").statusCode()).isEqualTo(302);

		// B hears of A's commit by a notification, then indexes Mexico again on a thread
		// of its own: asked again for at most 5 s, which bounds the delay.
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		String found = Http.get(search).body();
		while (!found.contains("MX0082") && System.nanoTime() < deadline) {
			Thread.sleep(50);
			found = Http.get(search).body();
		}
		assertThat(found).as("B's search after the edit on A").contains("MX0082").contains("<mark>Zanzibar</mark>");
	}

	@Test
	void setsNoCookieOnPublicPagesOfEitherInstance() {
		for (String instance : new String[] { a, b }) {
			for (String page : new String[] { "/", "/members/mexico", "/members/mexico/commitments",
					"/members/mexico/commitments/MX0075" }) {
				HttpResponse<String> response = Http.get(instance + page);
				assertThat(response.statusCode()).as(page).isEqualTo(200);
				assertThat(response.headers().allValues("Set-Cookie")).as(page).isEmpty();
				assertThat(response.headers().firstValue("Cache-Control")).as(page).hasValue("public, no-cache");
			}
		}
	}

	/** Signs in on A and saves a new title for the commitment through its admin form. */
	private static HttpResponse<String> saveTitleOnA(String code, String title) {
		String session = Http.signIn(a, "chief", PASSWORD);
		HttpResponse<String> form = Http.get(a + "/admin/commitments/" + code + "/edit", "Cookie", session);
		assertThat(form.statusCode()).isEqualTo(200);
		JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", Http.csrfToken(form.body()));
		fields.put("details.code", code);
		fields.put("actionPlanId", String
			.valueOf(jdbc.queryForObject("select action_plan_id from commitments where code = ?", Long.class, code)));
		fields.put("details.title", title);
		fields.put("version", String
			.valueOf(jdbc.queryForObject("select version from commitments where code = ?", Long.class, code)));
		return Http.post(a + "/admin/commitments/" + code, session, fields);
	}

	/**
	 * B's answer once it knows of A's commit. B keeps the content versions in memory and
	 * learns of a commit on A by a PostgreSQL notification, delivered a few milliseconds
	 * after it (measured in bench/RESULTS.md, ContentVersionsListenerTests): until then B
	 * may still answer 304. So B is asked again until it answers otherwise, for at most 2
	 * s; this bounds the delay, it does not hide it (a B that never learns fails).
	 */
	private static HttpResponse<String> nextChangedResponse(String page, String etag) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
		HttpResponse<String> response = Http.get(page, "If-None-Match", etag);
		while (response.statusCode() == 304 && System.nanoTime() < deadline) {
			response = Http.get(page, "If-None-Match", etag);
		}
		return response;
	}

	private static ConfigurableApplicationContext start(String database) {
		return new SpringApplicationBuilder(PortalApplication.class).run("--server.port=0",
				"--server.address=127.0.0.1", "--spring.datasource.url=" + database,
				"--spring.datasource.username=" + TestPostgres.USERNAME, "--spring.datasource.password=",
				"--spring.datasource.hikari.maximum-pool-size=5", "--portal.admin.username=chief",
				"--portal.admin.password=" + PASSWORD, "--portal.page-cache.max-size=16MB");
	}

	private static String baseUrl(ConfigurableApplicationContext context) {
		return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
	}

}

package org.opengovpartnership.portal.caching;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.Http;
import org.opengovpartnership.portal.TestPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Content versions where the database pushes nothing (H2 has no {@code LISTEN}) and other
 * processes may write it (H2 in mixed mode, {@code AUTO_SERVER}): every anonymous page
 * reads its version from the database, so a change written by anyone shows on the next
 * request; and what an operator reads of it in the Prometheus metrics.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "portal.page-cache.max-size=4MB",
		"portal.admin.username=operator", "portal.admin.password=" + VersionsFallbackTests.PASSWORD,
		"spring.datasource.url=jdbc:h2:file:${user.dir}/target/versions-fallback/portal;AUTO_SERVER=TRUE;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" })
class VersionsFallbackTests {

	static final String PASSWORD = "operators watch the versions";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void readsTheVersionFromTheDatabaseOnEveryRequestWithoutListener() {
		assumeFalse(TestPostgres.everywhere(), "H2 only: on PostgreSQL the listener keeps the versions in memory");
		String page = url("/members/mexico");
		String etag = Http.get(page).headers().firstValue("ETag").orElseThrow();
		assertThat(Http.get(page, "If-None-Match", etag).statusCode()).isEqualTo(304);

		// Written straight to the database, as another instance would: nothing tells
		// this one.
		this.jdbc.update("update members set content_version = content_version + 1 where slug = 'mexico'");

		HttpResponse<String> next = Http.get(page, "If-None-Match", etag);
		assertThat(next.statusCode()).isEqualTo(200);
		assertThat(next.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
		assertThat(metric(metrics(), "portal_content_versions_fallback")).isEqualTo(1.0);
		assertThat(metric(metrics(), "portal_content_versions_notifications_total")).isZero();
	}

	@Test
	void showsThePageCachesOwnSizeInTheMetrics() {
		this.jdbc.update("update content_versions set any_change = any_change + 1 where id = 1");
		double before = metric(metrics(), "portal_page_cache_size_bytes");
		String body = Http.get(url("/")).body();

		double after = metric(metrics(), "portal_page_cache_size_bytes");

		assertThat(after - before).as("the members list kept, at least its HTML").isGreaterThanOrEqualTo(body.length());
		assertThat(after).isLessThanOrEqualTo(4 * 1024 * 1024);
	}

	private String metrics() {
		return Http.get(url("/actuator/prometheus"), "Cookie", Http.signIn(url(""), "operator", PASSWORD)).body();
	}

	private static double metric(String metrics, String name) {
		Matcher value = Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})? (\\S+)$").matcher(metrics);
		assertThat(value.find()).as(name + " in\n" + metrics).isTrue();
		return Double.parseDouble(value.group(2));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}

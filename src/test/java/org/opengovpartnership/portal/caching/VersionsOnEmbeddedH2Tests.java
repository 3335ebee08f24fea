package org.opengovpartnership.portal.caching;

import java.net.http.HttpResponse;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.Http;
import org.opengovpartnership.portal.TestPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Content versions on an embedded H2 database, which no other process can open: this
 * instance is its sole writer, so it keeps the versions in memory (no statement per page
 * view) and reads them again after each of its own changes.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "portal.page-cache.max-size=4MB",
		"spring.datasource.url=jdbc:h2:mem:versions-sole-writer;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class VersionsOnEmbeddedH2Tests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ContentVersions versions;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MeterRegistry meters;

	@Test
	void keepsTheVersionsInMemoryAndShowsItsOwnChangeOnTheNextRequest() {
		assumeFalse(TestPostgres.everywhere(), "embedded H2 only: PostgreSQL is shared and notifies");
		String page = "http://localhost:" + this.port + "/members/mexico";
		String etag = Http.get(page).headers().firstValue("ETag").orElseThrow();
		assertThat(Http.get(page, "If-None-Match", etag).statusCode()).isEqualTo(304);
		assertThat(this.meters.get("portal.content.versions.fallback").gauge().value()).isZero();

		// SQL run by hand bumps nothing this instance knows of: the page is not read
		// again.
		this.jdbc.update("update members set content_version = content_version + 1 where slug = 'mexico'");
		assertThat(Http.get(page, "If-None-Match", etag).statusCode()).isEqualTo(304);

		// A change through the portal: its transaction bumps and re-reads the versions.
		this.transactions.executeWithoutResult((status) -> this.versions.changed("mexico"));

		HttpResponse<String> next = Http.get(page, "If-None-Match", etag);
		assertThat(next.statusCode()).isEqualTo(200);
		assertThat(next.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
	}

}

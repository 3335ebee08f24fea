package org.opengovpartnership.portal;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The seeded data on a real PostgreSQL server, started in-process, with the
 * {@code postgres} profile and Flyway running the application's own migrations on it.
 */
@DataJpaTest(showSql = false)
@AutoConfigureTestDatabase(replace = Replace.NONE)
@ActiveProfiles("postgres")
class PostgresSeededDataTests extends SeededDataTests {

	@DynamicPropertySource
	static void pointAtTheEmbeddedServer(DynamicPropertyRegistry registry) {
		TestPostgres.datasourceProperties("seeded_data").forEach((name, value) -> registry.add(name, () -> value));
	}

}

package org.opengovpartnership.portal;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;

/**
 * The seeded data on H2 in PostgreSQL mode, migrated by Flyway as the application does;
 * the in-memory URL comes from the test tree's {@code config/application.properties}.
 */
@DataJpaTest(showSql = false)
@AutoConfigureTestDatabase(replace = Replace.NONE)
class H2SeededDataTests extends SeededDataTests {

}

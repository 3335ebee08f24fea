package org.opengovpartnership.portal;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code -Dportal.test.database=postgres}, moves every application context of the
 * tests from H2 to the shared embedded PostgreSQL server: each distinct H2 database (the
 * test default, or one a test names for itself) becomes a PostgreSQL database of its own,
 * so tests stay as isolated from each other as on H2. Contexts already pointed at
 * PostgreSQL are left alone. Registered in {@code META-INF/spring.factories}, so it
 * applies to every {@code @SpringBootTest}, slice test and application a test starts
 * itself.
 */
public class TestPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (!TestPostgres.everywhere()) {
			return;
		}
		ConfigurableEnvironment environment = context.getEnvironment();
		String url = environment.getProperty("spring.datasource.url");
		if (url == null || !url.startsWith("jdbc:h2:")) {
			return;
		}
		environment.getPropertySources()
			.addFirst(new MapPropertySource("portal-test-postgres",
					TestPostgres.datasourceProperties(TestPostgres.databaseFor(url))));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}

package org.opengovpartnership.portal.opendata;

import org.opengovpartnership.portal.FreshSchema;
import org.flywaydb.core.Flyway;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * For tests of other packages: a freshly migrated database holding the shared OGP file,
 * imported once per database. Tests that use it share it, so they leave its data as they
 * found it.
 */
public final class SharedFileImport {

	/** Mexico's 87 seeded commitments and the shared file's 558. */
	public static final int COMMITMENTS = 87 + 558;

	/** Mexico and the shared file's 75 members. */
	public static final int MEMBERS = 1 + 75;

	private SharedFileImport() {
	}

	public static void ensure(ApplicationContext context) {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		if (jdbc.queryForObject("select count(*) from commitment_sources", Integer.class) == 558
				&& jdbc.queryForObject("select count(*) from commitments", Integer.class) == COMMITMENTS) {
			return;
		}
		Flyway flyway = context.getBean(Flyway.class);
		FreshSchema.recreate(flyway);
		context.getBean(OgpImporter.class).apply(OgpFiles.realFile(), "ogp.csv");
	}

}

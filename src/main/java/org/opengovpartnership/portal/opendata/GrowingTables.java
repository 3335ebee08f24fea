package org.opengovpartnership.portal.opendata;

import java.util.function.Supplier;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Has PostgreSQL plan an import's look-ups for the tables as they are at that moment. Its
 * driver prepares a statement run five times, and PostgreSQL then keeps a generic plan
 * made while the tables were near empty (during the preview, or the import's first
 * parts): the look-up of each part's commitments by code then read every commitment
 * written so far, 29 s of an import of 50,000 rows. Only the look-ups: planned at each
 * run, the import's inserts took some 6 s more. H2 plans each statement as it comes.
 */
@Component
class GrowingTables {

	private final JdbcTemplate jdbc;

	private Boolean postgres;

	GrowingTables(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** What the work returns, its statements planned for the tables as they are. */
	<T> T planned(Supplier<T> work) {
		if (!isPostgres()) {
			return work.get();
		}
		this.jdbc.execute("set local plan_cache_mode = force_custom_plan");
		try {
			return work.get();
		}
		finally {
			this.jdbc.execute("set local plan_cache_mode to default");
		}
	}

	private boolean isPostgres() {
		if (this.postgres == null) {
			this.postgres = "PostgreSQL".equals(this.jdbc.execute(
					(ConnectionCallback<String>) (connection) -> connection.getMetaData().getDatabaseProductName()));
		}
		return this.postgres;
	}

}

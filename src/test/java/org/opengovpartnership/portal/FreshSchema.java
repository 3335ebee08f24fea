package org.opengovpartnership.portal;

import java.sql.SQLException;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.internal.exception.FlywaySqlException;

/**
 * Drops every table and migrates again, for tests that need an empty database. On
 * PostgreSQL, Flyway's clean drops the tables in one transaction, which can deadlock with
 * a read of two of them by another cached test context still running (its content-version
 * listener reloading, say); PostgreSQL then aborts one of the two, and a clean it aborted
 * is tried again.
 */
public final class FreshSchema {

	private static final String DEADLOCK = "40P01";

	private static final int ATTEMPTS = 5;

	private FreshSchema() {
	}

	public static void recreate(Flyway flyway) {
		for (int attempt = 1;; attempt++) {
			try {
				flyway.clean();
				break;
			}
			catch (FlywaySqlException ex) {
				if (attempt == ATTEMPTS || !(ex.getCause() instanceof SQLException cause)
						|| !DEADLOCK.equals(cause.getSQLState())) {
					throw ex;
				}
			}
		}
		flyway.migrate();
	}

}

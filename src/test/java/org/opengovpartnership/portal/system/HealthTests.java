package org.opengovpartnership.portal.system;

import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.h2.api.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengovpartnership.portal.Http;
import org.opengovpartnership.portal.PortalApplication;
import org.opengovpartnership.portal.TestPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Health tells the truth about the embedded database: when H2 is closed under a running
 * instance and cannot open its file again, readiness turns DOWN (503), so a load balancer
 * stops sending it traffic, while liveness stays UP; once the file can be opened,
 * readiness is UP again.
 */
class HealthTests {

	@TempDir
	Path dataDir;

	@Test
	void readinessTurnsDownWhileTheDatabaseIsClosed() throws Exception {
		assumeFalse(TestPostgres.everywhere(),
				"closes the embedded H2 database, which the PostgreSQL run does not use");
		try (ConfigurableApplicationContext portal = new SpringApplicationBuilder(PortalApplication.class).run(
				"--server.port=0", "--server.address=127.0.0.1", "--portal.data-dir=" + this.dataDir,
				"--spring.datasource.url=jdbc:h2:file:${portal.data-dir}/portal;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0",
				"--portal.admin.password=health-test-long-password")) {
			String app = "http://127.0.0.1:" + portal.getEnvironment().getProperty("local.server.port");
			HttpResponse<String> ready = Http.get(app + "/actuator/health/readiness");
			assertThat(ready.statusCode()).isEqualTo(200);
			assertThat(ready.body()).contains("\"databaseWrite\":{\"status\":\"UP\"");

			// H2 opens its file again for the next connection; holding the file's lock
			// keeps it closed.
			try (FileChannel file = FileChannel.open(this.dataDir.resolve("portal.mv.db"), StandardOpenOption.WRITE);
					FileLock lock = closeAndLock(portal.getBean(DataSource.class), file)) {
				HttpResponse<String> closed = readinessOnceTheLastSuccessIsOld(app);
				assertThat(closed.statusCode()).as(closed.body()).isEqualTo(503);
				assertThat(closed.body()).contains("\"databaseWrite\":{\"status\":\"DOWN\"}");
				assertThat(Http.get(app + "/actuator/health/liveness").statusCode()).isEqualTo(200);
			}

			HttpResponse<String> back = Http.get(app + "/actuator/health/readiness");
			for (int attempt = 1; attempt < 10 && back.statusCode() != 200; attempt++) {
				Thread.sleep(1000);
				back = Http.get(app + "/actuator/health/readiness");
			}
			assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
		}
	}

	/** Readiness after the time a successful write is trusted. */
	private static HttpResponse<String> readinessOnceTheLastSuccessIsOld(String app) throws InterruptedException {
		Thread.sleep(DatabaseWriteHealthIndicator.KEEP_SUCCESS.toMillis() + 500);
		return Http.get(app + "/actuator/health/readiness");
	}

	/**
	 * Closes the database (SHUTDOWN) and takes its file's lock before anything opens it
	 * again.
	 */
	private static FileLock closeAndLock(DataSource dataSource, FileChannel file) throws SQLException {
		for (int attempt = 1;; attempt++) {
			shutDown(dataSource);
			try {
				return file.lock();
			}
			catch (OverlappingFileLockException | java.io.IOException reopened) {
				assertThat(attempt).as("attempts to close the database before it is opened again").isLessThan(5);
			}
		}
	}

	private static void shutDown(DataSource dataSource) throws SQLException {
		Connection connection = dataSource.getConnection();
		try (Statement statement = connection.createStatement()) {
			statement.execute("SHUTDOWN");
		}
		catch (SQLException ex) {
			// H2 answers the statement's own closing with "Database is already closed".
			assertThat(ex.getErrorCode()).as(ex.getMessage()).isEqualTo(ErrorCode.DATABASE_IS_CLOSED);
		}
	}

}

package org.opengovpartnership.portal.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.Http;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code management.server.port} set, Prometheus scrapes the metrics on that port
 * without signing in, while the public port still keeps them for admins.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:management;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@DirtiesContext
class ManagementPortTests {

	private static final int MANAGEMENT_PORT = freePort();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void managementPort(DynamicPropertyRegistry registry) {
		registry.add("management.server.port", () -> MANAGEMENT_PORT);
	}

	@Test
	void servesTheMetricsOnTheManagementPortOnly() {
		assertThat(Http.get("http://localhost:" + MANAGEMENT_PORT + "/actuator/prometheus").body())
			.contains("application_ready_time_seconds");
		assertThat(Http.get("http://localhost:" + this.port + "/actuator/prometheus").statusCode()).isIn(302, 404);
		assertThat(Http.get("http://localhost:" + this.port + "/admin").headers().firstValue("Location"))
			.hasValue("/login");
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

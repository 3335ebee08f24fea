package org.opengovpartnership.portal.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengovpartnership.portal.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The packaged jar, started with the Docker image's JVM options
 * ({@code src/main/docker/jvm.options}, Spring's ahead-of-time bean definitions among
 * them) and the application's own settings: migrations on a fresh database, public pages
 * in both languages, a search, the API, and an admin's save. On H2 in the H2 run of the
 * suite, on PostgreSQL (the {@code postgres} profile) in the PostgreSQL run. Runs after
 * {@code package} (Maven Failsafe), since the ahead-of-time code is generated then.
 */
class PackagedJarIT {

	private static final String PASSWORD = "the packaged jar needs a long passphrase";

	@TempDir
	Path dataDir;

	@Test
	void servesPagesAndSavesAnEditAsTheImageStartsIt() throws Exception {
		if (TestPostgres.everywhere()) {
			try (EmbeddedPostgres server = TestPostgres.start(EmbeddedPostgres.builder())) {
				String url = server.getJdbcUrl(TestPostgres.USERNAME, "postgres");
				servesPagesAndSavesAnEdit(List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
						"--spring.datasource.username=" + TestPostgres.USERNAME, "--spring.datasource.password="));
			}
		}
		else {
			servesPagesAndSavesAnEdit(List.of());
		}
	}

	/**
	 * Actuator on a port of its own decides at start which beans exist, which the
	 * ahead-of-time bean definitions fix when the jar is built: the jar then starts
	 * without them.
	 */
	@Test
	void servesActuatorOnItsOwnPortStartedWithoutTheAheadOfTimeBeans() throws Exception {
		assumeFalse(TestPostgres.everywhere(), "the H2 run checks it; nothing here depends on the database");
		int management = freePort();
		int port = freePort();
		Path log = this.dataDir.resolve("portal.log");
		Process portal = start(port, List.of("--management.server.port=" + management), log);
		try {
			PortalClient.awaitReady(portal, management);
			assertThat(Files.readString(log)).as("the start's log")
				.contains("Started without the ahead-of-time bean definitions: management.server.port");
			new PortalClient("http://127.0.0.1:" + port, PASSWORD).page("/members/mexico");
		}
		finally {
			portal.destroy();
			portal.waitFor();
		}
	}

	private void servesPagesAndSavesAnEdit(List<String> database) throws Exception {
		int port = freePort();
		Path log = this.dataDir.resolve("portal.log");
		Process portal = start(port, database, log);
		try {
			PortalClient client = new PortalClient(PortalClient.awaitReady(portal, port), PASSWORD);
			assertThat(Files.readString(log)).as("the start's log").contains("AOT-processed");
			assertThat(client.page("/").select("h1").text()).isNotBlank();
			assertThat(client.page("/members/mexico").select("h1").text()).contains("Mexico");
			assertThat(client.page("/members/mexico?lang=es").select("html").attr("lang")).isEqualTo("es");
			Document search = client.page("/members/mexico/commitments?q=datos");
			assertThat(search.select("mark")).as("highlighted words of a search").isNotEmpty();
			assertThat(client.page("/commitments").select("h1").text()).isNotBlank();
			client.page("/members/mexico/commitments/MX0081");
			client.page("/api/v1/members/mexico");
			client.signIn();
			assertThat(client.saveCommitmentTitle("MX0081", "Technology Rights and Privacy, saved by the jar"))
				.as("the save's answer")
				.isEqualTo(302);
			assertThat(client.page("/members/mexico/commitments/MX0081").select("h1").text())
				.isEqualTo("Technology Rights and Privacy, saved by the jar");
		}
		finally {
			portal.destroy();
			portal.waitFor();
		}
	}

	private Process start(int port, List<String> arguments, Path log) throws IOException {
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "@src/main/docker/jvm.options",
				"-jar", packagedJar().toString(), "--server.port=" + port, "--server.address=127.0.0.1",
				"--portal.data-dir=" + this.dataDir, "--portal.admin.password=" + PASSWORD));
		command.addAll(arguments);
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static Path packagedJar() throws IOException {
		try (Stream<Path> jars = Files.list(Path.of("target"))) {
			return jars.filter((path) -> path.getFileName().toString().matches("ogp-portal-.*(?<!-plain)\\.jar"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("No packaged jar in target/: run mvn package first"));
		}
	}

}

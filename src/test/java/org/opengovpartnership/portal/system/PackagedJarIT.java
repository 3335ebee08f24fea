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

	private void servesPagesAndSavesAnEdit(List<String> database) throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "@src/main/docker/jvm.options",
				"-jar", packagedJar().toString(), "--server.port=" + port, "--server.address=127.0.0.1",
				"--portal.data-dir=" + this.dataDir, "--portal.admin.password=" + PASSWORD));
		command.addAll(database);
		Path log = this.dataDir.resolve("portal.log");
		Process portal = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
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

	private static Path packagedJar() throws IOException {
		try (Stream<Path> jars = Files.list(Path.of("target"))) {
			return jars.filter((path) -> path.getFileName().toString().matches("ogp-portal-.*(?<!-plain)\\.jar"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("No packaged jar in target/: run mvn package first"));
		}
	}

}

package org.opengovpartnership.portal.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.opengovpartnership.portal.PortalApplication;
import org.opengovpartnership.portal.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A save the portal confirmed survives {@code kill -9}: the portal runs in a child JVM
 * with the application's own settings, an admin saves a commitment through its form, the
 * JVM is killed right after the answer, and the next start shows the save and its audit
 * record; five times. On H2 (the H2 file under a fresh data folder; in the H2 run of the
 * suite) and on PostgreSQL (a server of its own with PostgreSQL's default, crash-safe
 * settings, killed with the portal each time and started again on its data folder; in the
 * PostgreSQL run).
 */
class DurabilityTests {

	private static final int KILLS = 5;

	private static final String PASSWORD = "durability checks need a long passphrase";

	@TempDir
	Path dataDir;

	private final Map<Process, Integer> ports = new HashMap<>();

	@Test
	void keepsEverySaveConfirmedBeforeAKillOnH2() throws Throwable {
		assumeFalse(TestPostgres.everywhere(), "the PostgreSQL run checks PostgreSQL");
		keepsEverySaveConfirmedBeforeAKill(List.of(), () -> {
		});
	}

	@Test
	void keepsEverySaveConfirmedBeforeAKillOfPortalAndPostgres() throws Throwable {
		assumeTrue(TestPostgres.everywhere(), "the H2 run checks H2");
		Path pgData = this.dataDir.resolve("postgres");
		int pgPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			pgPort = socket.getLocalPort();
		}
		// PostgreSQL's own defaults, as production runs it: the builder (and the shared
		// test server) turn them off
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("fsync", "on")
			.setDataDirectory(pgData)
			.setCleanDataDirectory(false)
			.setPort(pgPort);
		EmbeddedPostgres[] server = { TestPostgres.start(builder) };
		try {
			String url = server[0].getJdbcUrl(TestPostgres.USERNAME, "postgres");
			keepsEverySaveConfirmedBeforeAKill(List.of("--spring.datasource.url=" + url,
					"--spring.datasource.username=" + TestPostgres.USERNAME, "--spring.datasource.password="), () -> {
						killProcessTree(pgData.resolve("postmaster.pid"));
						server[0].close(); // only releases the data folder's lock: the
											// server is gone already
						server[0] = TestPostgres.start(builder);
					});
		}
		finally {
			server[0].close();
		}
	}

	/**
	 * SIGKILL to the PostgreSQL server and every process it started, as a crash of its
	 * machine's processes.
	 */
	private static void killProcessTree(Path pidFile) throws IOException {
		long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
		ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
		List<ProcessHandle> tree = new ArrayList<>(postmaster.descendants().toList());
		tree.add(0, postmaster);
		tree.forEach(ProcessHandle::destroyForcibly);
		for (ProcessHandle process : tree) {
			process.onExit().join();
		}
	}

	/** A word found in no commitment but the title saved before a kill. */
	private static String word(int kill) {
		return "zyx" + kill + "q";
	}

	/**
	 * @param alsoKill what else the crash takes down, started again afterwards
	 */
	private void keepsEverySaveConfirmedBeforeAKill(List<String> database, Executable alsoKill) throws Throwable {
		List<String> saved = new ArrayList<>();
		for (int life = 0; life <= KILLS; life++) {
			Process portal = start(life, database);
			try {
				PortalClient client = new PortalClient(waitUntilReady(portal), PASSWORD);
				client.signIn();
				if (!saved.isEmpty()) {
					assertThat(client.page("/admin/commitments/MX0081/edit").select("#title").val())
						.as("the title saved right before kill %d", life)
						.isEqualTo(saved.get(saved.size() - 1));
					assertThat(client.page("/admin/audit").select("ins").eachText())
						.as("the audit trail after %d kills", life)
						.containsAll(saved);
					// The search index (on disk) caught up with the save its last commit
					// may not hold: the newest title's word is found, the one before
					// not.
					assertThat(client.page("/members/mexico/commitments?q=" + word(saved.size())).text())
						.as("a search for the word of the title saved right before kill %d", life)
						.contains("One commitment found", saved.get(saved.size() - 1));
					assertThat(client.page("/members/mexico/commitments?q=" + word(saved.size() - 1)).text())
						.as("a search for the word of the title before it")
						.contains("No commitments found");
				}
				if (life == KILLS) {
					break;
				}
				String title = "Technology Rights and Privacy, saved before kill " + (life + 1) + " " + word(life + 1);
				assertThat(client.saveCommitmentTitle("MX0081", title)).as("the save's answer").isEqualTo(302);
				saved.add(title);
				portal.destroyForcibly().waitFor();
				alsoKill.execute();
			}
			finally {
				portal.destroyForcibly().waitFor();
			}
		}
	}

	/**
	 * The portal in a child JVM, with src/main's settings only (not the tests' in-memory
	 * database), plus the given database arguments.
	 */
	private Process start(int life, List<String> database) throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
						"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
						PortalApplication.class.getName(), "--spring.config.location=classpath:/application.properties",
						"--server.port=" + port, "--server.address=127.0.0.1", "--portal.data-dir=" + this.dataDir,
						"--portal.admin.password=" + PASSWORD));
		command.addAll(database);
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.dataDir.resolve("portal-" + life + ".log").toFile())
			.start();
		this.ports.put(process, port);
		return process;
	}

	private String waitUntilReady(Process portal) throws Exception {
		return PortalClient.awaitReady(portal, this.ports.get(portal));
	}

}

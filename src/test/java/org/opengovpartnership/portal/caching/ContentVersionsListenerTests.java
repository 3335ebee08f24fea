package org.opengovpartnership.portal.caching;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.Http;
import org.opengovpartnership.portal.PortalApplication;
import org.opengovpartnership.portal.TestPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one PostgreSQL database, each keeping the content versions in memory,
 * told of every bump by a notification: how soon one sees the other's change, and that
 * pages stay fresh while the listening connections are cut and until they are back. The
 * waits below are bounds on what must happen, never a pause to hide staleness.
 */
class ContentVersionsListenerTests {

	/** How long a notification may take from A's commit to B's memory. */
	private static final long NOTIFIED_WITHIN = TimeUnit.SECONDS.toNanos(2);

	private static ConfigurableApplicationContext a;

	private static ConfigurableApplicationContext b;

	@BeforeAll
	static void startTwoInstancesOnOneDatabase() {
		String database = TestPostgres.database("versions_listener");
		a = start(database);
		b = start(database);
	}

	@AfterAll
	static void stop() {
		if (b != null) {
			b.close();
		}
		if (a != null) {
			a.close();
		}
	}

	@Test
	void showsAChangeOnOneInstanceInTheOthersMemoryMomentsAfterItsCommit() {
		awaitFallback(b, 0);
		awaitFallback(a, 0);
		List<Long> delays = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			long before = inMemory(b).orElseThrow().contentVersion();

			bumpOn(a, "mexico");
			long committed = System.nanoTime();

			// The instance that made the change knows it at once, without a notification.
			assertThat(inMemory(a)).get().extracting(MemberVersion::contentVersion).isEqualTo(before + 1);
			long seen = await(() -> inMemory(b).map(MemberVersion::contentVersion).orElse(before) > before);
			delays.add(seen - committed);
		}
		Collections.sort(delays);
		// Recorded in bench/RESULTS.md.
		System.out.printf("Commit on A to version in B's memory, 30 changes: median %.2f ms, max %.2f ms%n",
				delays.get(delays.size() / 2) / 1e6, delays.get(delays.size() - 1) / 1e6);
		assertThat(counted(b, "portal.content.versions.notifications")).isGreaterThanOrEqualTo(30);
	}

	@Test
	void readsTheDatabaseWhileTheListenersAreCutAndTrustsMemoryAgainOnceTheyAreBack() {
		awaitFallback(b, 0);
		String page = baseUrl(b) + "/members/mexico";
		String etag = Http.get(page).headers().firstValue("ETag").orElseThrow();

		int cut = jdbc(a).queryForObject("""
				select count(pg_terminate_backend(pid)) from pg_stat_activity
				where application_name = ? and datname = current_database()""", Integer.class,
				ContentVersionsListener.APPLICATION_NAME);
		assertThat(cut).as("both instances' listening connections").isEqualTo(2);
		awaitFallback(b, 1);

		bumpOn(a, "mexico");
		HttpResponse<String> whileCut = Http.get(page, "If-None-Match", etag);
		assertThat(whileCut.statusCode()).as("fresh while the listener is away").isEqualTo(200);
		String newEtag = whileCut.headers().firstValue("ETag").orElseThrow();
		assertThat(newEtag).isNotEqualTo(etag);

		awaitFallback(b, 0);
		// Back, it re-read what changed while it was away.
		assertThat(inMemory(b)).get()
			.extracting(MemberVersion::contentVersion)
			.isEqualTo(jdbc(b).queryForObject("select content_version from members where slug = 'mexico'", Long.class));
		assertThat(Http.get(page, "If-None-Match", newEtag).statusCode()).isEqualTo(304);
		long before = inMemory(b).orElseThrow().contentVersion();
		bumpOn(a, "mexico");
		await(() -> inMemory(b).map(MemberVersion::contentVersion).orElse(before) > before);
		assertThat(Http.get(page, "If-None-Match", newEtag).statusCode()).as("notified again").isEqualTo(200);
	}

	private static void bumpOn(ConfigurableApplicationContext instance, String slug) {
		ContentVersions versions = instance.getBean(ContentVersions.class);
		instance.getBean(TransactionTemplate.class).executeWithoutResult((status) -> versions.changed(slug));
	}

	/** Mexico's version as the instance keeps it in memory, when it trusts it. */
	private static Optional<MemberVersion> inMemory(ConfigurableApplicationContext instance) {
		return instance.getBean(VersionsInMemory.class).trusted().map((snapshot) -> snapshot.members().get("mexico"));
	}

	/**
	 * Waits for the listener to be away (1) or back (0); it retries a second after a
	 * drop.
	 */
	private static void awaitFallback(ConfigurableApplicationContext instance, double value) {
		MeterRegistry meters = instance.getBean(MeterRegistry.class);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
		while (meters.get("portal.content.versions.fallback").gauge().value() != value) {
			assertThat(System.nanoTime()).as("fallback gauge to reach " + value).isLessThan(deadline);
			pause();
		}
	}

	/** When the condition became true, at most {@link #NOTIFIED_WITHIN} from now. */
	private static long await(Supplier<Boolean> condition) {
		long deadline = System.nanoTime() + NOTIFIED_WITHIN;
		while (!condition.get()) {
			assertThat(System.nanoTime()).as("notified within 2 s").isLessThan(deadline);
			Thread.onSpinWait();
		}
		return System.nanoTime();
	}

	private static double counted(ConfigurableApplicationContext instance, String counter) {
		return instance.getBean(MeterRegistry.class).get(counter).counter().count();
	}

	private static JdbcTemplate jdbc(ConfigurableApplicationContext instance) {
		return instance.getBean(JdbcTemplate.class);
	}

	private static void pause() {
		try {
			Thread.sleep(10);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static ConfigurableApplicationContext start(String database) {
		return new SpringApplicationBuilder(PortalApplication.class).run("--server.port=0",
				"--server.address=127.0.0.1", "--spring.datasource.url=" + database,
				"--spring.datasource.username=" + TestPostgres.USERNAME, "--spring.datasource.password=",
				"--spring.datasource.hikari.maximum-pool-size=5", "--portal.page-cache.max-size=4MB");
	}

	private static String baseUrl(ConfigurableApplicationContext context) {
		return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
	}

}

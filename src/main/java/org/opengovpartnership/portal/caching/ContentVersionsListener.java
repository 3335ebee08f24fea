package org.opengovpartnership.portal.caching;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.opengovpartnership.portal.system.ContentVersionsMoved;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, keeps {@link VersionsInMemory} up to date: one connection of its own,
 * outside the pool, {@code LISTEN}s on {@value #CHANNEL}, where every bumping transaction
 * notifies (delivered on commit only). On (re)connecting it listens first, then re-reads
 * every version, and only then lets pages use them; when the connection drops, pages read
 * the database again until it is back. On H2 (no {@code LISTEN}) it never listens: an
 * embedded database is written by this process only, which keeps its versions itself
 * ({@link VersionsInMemory#soleWriter()}); one shared over TCP is read per request.
 */
@Component
class ContentVersionsListener implements SmartLifecycle {

	static final String CHANNEL = "content_versions";

	/** Set on the listening connection, so operators can find it in pg_stat_activity. */
	static final String APPLICATION_NAME = "portal-content-versions";

	/** How long to wait for notifications before checking the connection again. */
	private static final int CYCLE_MILLIS = 500;

	private static final Duration FIRST_RETRY = Duration.ofSeconds(1);

	private static final Duration LAST_RETRY = Duration.ofSeconds(30);

	private static final Log logger = LogFactory.getLog(ContentVersionsListener.class);

	private final VersionsInMemory inMemory;

	private final JdbcConnectionDetails database;

	private final Counter notifications;

	private final ApplicationEventPublisher events;

	private volatile boolean running;

	private Thread thread;

	ContentVersionsListener(VersionsInMemory inMemory, ObjectProvider<JdbcConnectionDetails> database,
			ObjectProvider<MeterRegistry> registry, ApplicationEventPublisher events) {
		MeterRegistry meters = registry.getIfAvailable(SimpleMeterRegistry::new);
		this.inMemory = inMemory;
		this.events = events;
		this.database = database.getIfAvailable();
		this.notifications = Counter.builder("portal.content.versions.notifications")
			.description("Content-version notifications received from PostgreSQL")
			.register(meters);
		Gauge
			.builder("portal.content.versions.fallback", inMemory, (versions) -> versions.trusted().isPresent() ? 0 : 1)
			.description("1 while pages read content versions from the database, 0 while they use memory")
			.register(meters);
	}

	/** Whether the database delivers notifications: PostgreSQL does, H2 does not. */
	boolean onPostgres() {
		return this.database != null && this.database.getJdbcUrl() != null
				&& this.database.getJdbcUrl().startsWith("jdbc:postgresql:");
	}

	/**
	 * Whether the database is an H2 one that only this process can open: embedded (file
	 * or memory), not served over TCP, not in mixed mode ({@code AUTO_SERVER}).
	 */
	boolean onEmbeddedH2() {
		String url = (this.database != null) ? this.database.getJdbcUrl() : null;
		if (url == null || !url.startsWith("jdbc:h2:")) {
			return false;
		}
		String upper = url.toUpperCase(Locale.ROOT);
		return !upper.startsWith("JDBC:H2:TCP:") && !upper.startsWith("JDBC:H2:SSL:")
				&& !upper.replace(" ", "").contains("AUTO_SERVER=TRUE");
	}

	@Override
	public void start() {
		if (!onPostgres()) {
			if (onEmbeddedH2()) {
				this.inMemory.soleWriter();
				logger.info("Content versions are kept in memory: no other process can open this embedded database");
			}
			else {
				logger.info("Content versions are read from the database per request (no LISTEN on this database)");
			}
			return;
		}
		this.running = true;
		this.thread = new Thread(this::listen, "content-versions-listener");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public void stop() {
		this.running = false;
		this.inMemory.listening(false);
		if (this.thread != null) {
			this.thread.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void listen() {
		Duration retry = FIRST_RETRY;
		boolean listenedBefore = false;
		while (this.running) {
			try (Connection connection = connect(); Statement statement = connection.createStatement()) {
				PGConnection notified = connection.unwrap(PGConnection.class);
				// Listen first: a change committed from now on is notified, one before is
				// in
				// the reload.
				statement.execute("LISTEN " + CHANNEL);
				long start = System.nanoTime();
				// What moved while it was not listening (nothing at the first start).
				publish(this.inMemory.reload());
				this.inMemory.checked(start);
				this.inMemory.listening(true);
				logger.info(listenedBefore ? "Content-version listener is back: pages use versions in memory again"
						: "Content-version listener started: pages use versions in memory");
				listenedBefore = true;
				retry = FIRST_RETRY;
				while (this.running) {
					received(notified.getNotifications(CYCLE_MILLIS));
					start = System.nanoTime();
					// Answered only after every notification committed before it was
					// sent.
					statement.execute("select 1");
					received(notified.getNotifications());
					this.inMemory.checked(start);
				}
			}
			catch (SQLException | RuntimeException ex) {
				this.inMemory.listening(false);
				if (!this.running) {
					return;
				}
				// Once per drop; the retries that fail after it only at debug level.
				if (retry.equals(FIRST_RETRY)) {
					logger
						.warn("Content-version listener " + (listenedBefore ? "lost its connection" : "cannot connect")
								+ " (" + ex.getMessage() + "): pages read versions from the database until it is back");
				}
				else if (logger.isDebugEnabled()) {
					logger.debug("Content-version listener still away (" + ex.getMessage() + ")");
				}
				try {
					Thread.sleep(retry.toMillis());
				}
				catch (InterruptedException interrupted) {
					return;
				}
				retry = (retry.compareTo(LAST_RETRY.dividedBy(2)) < 0) ? retry.multipliedBy(2) : LAST_RETRY;
			}
		}
	}

	private Connection connect() throws SQLException {
		Properties properties = new Properties();
		if (this.database.getUsername() != null) {
			properties.setProperty("user", this.database.getUsername());
		}
		if (this.database.getPassword() != null) {
			properties.setProperty("password", this.database.getPassword());
		}
		properties.setProperty("ApplicationName", APPLICATION_NAME);
		properties.setProperty("connectTimeout", "5");
		// A hung connection fails in seconds instead of trusting memory forever.
		properties.setProperty("socketTimeout", "10");
		properties.setProperty("tcpKeepAlive", "true");
		return DriverManager.getConnection(this.database.getJdbcUrl(), properties);
	}

	/** Any notification, however many: one re-read of every version. */
	private void received(PGNotification[] received) {
		if (received != null && received.length > 0) {
			this.notifications.increment(received.length);
			publish(this.inMemory.reload());
		}
	}

	/** Tells the rest of this instance (the search index) what another one changed. */
	private void publish(ContentVersionsMoved moved) {
		if (moved.any()) {
			this.events.publishEvent(moved);
		}
	}

}

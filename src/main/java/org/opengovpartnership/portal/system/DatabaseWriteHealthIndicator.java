package org.opengovpartnership.portal.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whether the database takes writes (health component {@code databaseWrite}, part of
 * readiness): updates the one row of {@code health_probe} in a transaction of its own. A
 * success is kept for {@link #KEEP_SUCCESS}, so frequent health checks cost one small
 * write every few seconds; a failure is probed again at the next check. A write that does
 * not finish within {@link #TIMEOUT} is a failure, and no second probe starts while one
 * hangs. An {@link OutOfMemoryError} in a failure's causes (an embedded database that ran
 * out of memory) cannot heal by itself: liveness then turns DOWN, so the instance is
 * restarted.
 */
@Component
class DatabaseWriteHealthIndicator implements HealthIndicator, DisposableBean {

	static final Duration KEEP_SUCCESS = Duration.ofSeconds(5);

	static final Duration TIMEOUT = Duration.ofSeconds(3);

	private static final Logger logger = LoggerFactory.getLogger(DatabaseWriteHealthIndicator.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ExecutorService prober = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "database-write-probe");
		thread.setDaemon(true);
		return thread;
	});

	private Future<Health> probe;

	private Instant succeededAt;

	DatabaseWriteHealthIndicator(JdbcTemplate jdbc, PlatformTransactionManager transactions,
			ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setTimeout((int) TIMEOUT.toSeconds());
		this.events = events;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Override
	public synchronized Health health() {
		Instant now = this.clock.instant();
		if (this.succeededAt != null && now.isBefore(this.succeededAt.plus(KEEP_SUCCESS))) {
			return Health.up().build();
		}
		if (this.probe == null || this.probe.isDone()) {
			this.probe = this.prober.submit(this::write);
		}
		try {
			Health health = this.probe.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			this.succeededAt = now;
			return health;
		}
		catch (TimeoutException ex) {
			return Health.down()
				.withDetail("error", "a write did not finish within " + TIMEOUT.toSeconds() + " s")
				.build();
		}
		catch (ExecutionException ex) {
			this.succeededAt = null;
			if (hasOutOfMemoryError(ex.getCause())) {
				logger.error("The database ran out of memory; this instance cannot recover and reports itself broken",
						ex.getCause());
				AvailabilityChangeEvent.publish(this.events, this, LivenessState.BROKEN);
			}
			return Health.down(ex.getCause()).build();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Health.unknown().build();
		}
	}

	private Health write() {
		Integer rows = this.transactions
			.execute((status) -> this.jdbc.update("update health_probe set written_at = ? where id = 1",
					this.clock.instant().atOffset(ZoneOffset.UTC).toLocalDateTime()));
		if (rows == null || rows != 1) {
			throw new IllegalStateException("The row of health_probe is missing");
		}
		return Health.up().build();
	}

	private static boolean hasOutOfMemoryError(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof OutOfMemoryError
					|| (cause.getMessage() != null && cause.getMessage().contains("OutOfMemoryError"))) {
				return true;
			}
		}
		return false;
	}

	@Override
	public void destroy() {
		this.prober.shutdownNow();
	}

}

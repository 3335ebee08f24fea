package org.opengovpartnership.portal.caching;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.opengovpartnership.portal.system.ContentVersionsMoved;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every member's content version and the shared ones, kept in memory so that an anonymous
 * page view costs no database round trip. They are trusted only while
 * {@link ContentVersionsListener} is listening and has confirmed, within the last
 * {@link #LEASE_NANOS}, that it had received every notification committed before its last
 * check, or, on an embedded H2 database, which no other process can open, while this
 * instance is its sole writer and has re-read them after its own last change; otherwise
 * {@link ContentVersions} reads the database per request (the fallback).
 */
@Component
class VersionsInMemory {

	/**
	 * How long a check of the listening connection vouches for the versions: longer than
	 * the listener's cycle, short enough to bound staleness if its connection hangs.
	 */
	static final long LEASE_NANOS = TimeUnit.SECONDS.toNanos(3);

	private final JdbcTemplate jdbc;

	private final AtomicReference<Snapshot> latest = new AtomicReference<>();

	private volatile boolean listening;

	/** No other process writes the database: this instance's own reloads vouch for it. */
	private volatile boolean soleWriter;

	/** {@link System#nanoTime()} before the listener's last successful check. */
	private volatile long checkedAt;

	/** When the versions last became doubtful: only a later check trusts them again. */
	private volatile long doubtedAt = System.nanoTime();

	VersionsInMemory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The versions, when they can be trusted; empty means read the database. */
	Optional<Snapshot> trusted() {
		Snapshot snapshot = this.latest.get();
		long checked = this.checkedAt;
		if (snapshot == null || checked - this.doubtedAt <= 0) {
			return Optional.empty();
		}
		if (this.soleWriter) {
			return Optional.of(snapshot);
		}
		if (!this.listening || System.nanoTime() - checked > LEASE_NANOS) {
			return Optional.empty();
		}
		return Optional.of(snapshot);
	}

	boolean inUse() {
		return this.listening || this.soleWriter;
	}

	/**
	 * This instance is the only one that writes the database (an embedded H2): the
	 * versions are read once now, and again after each of its own changes.
	 */
	void soleWriter() {
		this.soleWriter = true;
		seeOwnChange();
	}

	/**
	 * This instance committed a change: the versions are read again, so its next request
	 * does not wait for a notification; if that fails, the database decides until a
	 * reload succeeds.
	 */
	void seeOwnChange() {
		long start = System.nanoTime();
		try {
			reload();
			if (this.soleWriter) {
				checked(start);
			}
		}
		catch (RuntimeException ex) {
			doubt();
		}
	}

	/**
	 * Reads every version again in one statement, hence one consistent state. Every bump
	 * raises {@code any_change}, so a read older than the one kept never replaces it.
	 * @return what moved since the versions kept (nothing on the first read)
	 */
	ContentVersionsMoved reload() {
		Snapshot fresh = ContentVersions.readAll(this.jdbc);
		Snapshot kept = this.latest.getAndAccumulate(fresh,
				(before, read) -> (before == null || read.anyChange() >= before.anyChange()) ? read : before);
		return moved(kept, fresh);
	}

	/** The members whose versions differ between two reads, the later one second. */
	static ContentVersionsMoved moved(Snapshot before, Snapshot after) {
		if (before == null || after.anyChange() <= before.anyChange()) {
			return ContentVersionsMoved.NOTHING;
		}
		return new ContentVersionsMoved(
				ContentVersionsMoved.membersBetween(before.contentVersions(), after.contentVersions()),
				after.everyMember() != before.everyMember());
	}

	/** The listener is listening, or not. */
	void listening(boolean listening) {
		if (!listening) {
			doubt();
		}
		this.listening = listening;
	}

	/**
	 * Every notification committed before {@code startedAt} has been received and the
	 * versions reloaded since.
	 */
	void checked(long startedAt) {
		this.checkedAt = startedAt;
	}

	/** Something may have been missed: the database decides until the next check. */
	void doubt() {
		this.doubtedAt = System.nanoTime();
	}

	/** The versions as read at one moment. */
	record Snapshot(Map<String, MemberVersion> members, long everyMember, long anyChange) {

		/** Each member's own content version, by slug. */
		Map<String, Long> contentVersions() {
			Map<String, Long> versions = new HashMap<>();
			this.members.forEach((slug, version) -> versions.put(slug, version.contentVersion()));
			return versions;
		}

	}

}

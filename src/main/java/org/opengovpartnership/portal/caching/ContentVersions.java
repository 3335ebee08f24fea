package org.opengovpartnership.portal.caching;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.opengovpartnership.portal.system.CommittedVersions;
import org.opengovpartnership.portal.system.MemberContentChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Versions of what the public pages show. A change bumps them in its own transaction, so
 * the new version becomes visible to every instance together with the change itself;
 * ETags and cached pages keyed by them are never stale. Every change publishes a
 * {@link MemberContentChanged} inside its transaction (the admin editor, the import).
 */
@Service
public class ContentVersions implements CommittedVersions {

	/** Key of the transaction's {@link Changes}. */
	private static final Object CHANGES = new Object();

	/** Longest notification payload sent (PostgreSQL refuses 8000 bytes and more). */
	private static final int MAX_PAYLOAD = 4000;

	private final ContentVersionRepository versions;

	private final JdbcTemplate jdbc;

	private final VersionsInMemory inMemory;

	private final ContentVersionsListener listener;

	private volatile String databaseId;

	ContentVersions(ContentVersionRepository versions, JdbcTemplate jdbc, VersionsInMemory inMemory,
			ContentVersionsListener listener) {
		this.versions = versions;
		this.jdbc = jdbc;
		this.inMemory = inMemory;
		this.listener = listener;
	}

	/**
	 * Heard inside the publisher's transaction, so the bump commits, or not, with the
	 * change.
	 */
	@EventListener
	void on(MemberContentChanged event) {
		changed(event.slug());
	}

	/**
	 * Something changed in what pages show. The versions are bumped once per transaction,
	 * just before it commits: an import of many rows costs a few updates, not a few per
	 * row.
	 * @param memberSlug the member whose pages show the change, or null when it shows on
	 * every member's pages
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void changed(String memberSlug) {
		Changes changes = changesOfThisTransaction();
		if (memberSlug == null) {
			changes.everyMember = true;
		}
		else {
			changes.members.add(memberSlug);
		}
	}

	private Changes changesOfThisTransaction() {
		Changes changes = (Changes) TransactionSynchronizationManager.getResource(CHANGES);
		if (changes == null) {
			Changes fresh = new Changes();
			TransactionSynchronizationManager.bindResource(CHANGES, fresh);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					bump(fresh);
				}

				@Override
				public void afterCommit() {
					// This instance's next request must not wait for the notification.
					seeOwnChange();
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(CHANGES);
				}
			});
			changes = fresh;
		}
		return changes;
	}

	/**
	 * The members' rows in the order of their slugs, then the shared row: every
	 * transaction takes these locks in the same order, so two changing several members
	 * never wait on each other in a circle.
	 */
	private void bump(Changes changes) {
		new TreeSet<>(changes.members).forEach(this.versions::bumpMember);
		if (changes.everyMember) {
			this.versions.bumpEveryMember();
		}
		else {
			this.versions.bumpAnyChange();
		}
		if (this.listener.onPostgres()) {
			// In this transaction: PostgreSQL delivers it to every listener on commit
			// only.
			String payload = changes.everyMember ? "*" : String.join(",", new TreeSet<>(changes.members));
			this.jdbc.query("select pg_notify(?, ?)", (row) -> {
			}, ContentVersionsListener.CHANNEL,
					(payload.length() > MAX_PAYLOAD) ? payload.substring(0, MAX_PAYLOAD) : payload);
		}
	}

	private void seeOwnChange() {
		if (this.inMemory.inUse()) {
			this.inMemory.seeOwnChange();
		}
	}

	/** What a transaction changed. */
	private static final class Changes {

		private final Set<String> members = new HashSet<>();

		private boolean everyMember;

	}

	// The reads are on every anonymous page view: from memory while the listener vouches
	// for it, else one plain JDBC statement each, outside any transaction (no BEGIN or
	// COMMIT round trip) and without an EntityManager.

	/**
	 * Every version, in one statement, hence as of one moment (kept here with the other
	 * reads of the members' versions).
	 */
	static VersionsInMemory.Snapshot readAll(JdbcTemplate jdbc) {
		Map<String, MemberVersion> members = new HashMap<>();
		long[] shared = new long[2];
		jdbc.query("""
				select c.slug, c.id, c.content_version, v.every_member, v.any_change
				from content_versions v left join members c on true where v.id = 1""", (row) -> {
			shared[0] = row.getLong(4);
			shared[1] = row.getLong(5);
			if (row.getString(1) != null) {
				members.put(row.getString(1), new MemberVersion(row.getLong(2), row.getLong(3), row.getLong(4)));
			}
		});
		return new VersionsInMemory.Snapshot(Map.copyOf(members), shared[0], shared[1]);
	}

	@Override
	public Versions committed() {
		if (this.databaseId == null) {
			this.jdbc.update("update content_versions set database_id = ? where id = 1 and database_id is null",
					UUID.randomUUID().toString());
			this.databaseId = this.jdbc.queryForObject("select database_id from content_versions where id = 1",
					String.class);
		}
		VersionsInMemory.Snapshot now = readAll(this.jdbc);
		return new Versions(this.databaseId, now.everyMember(), now.contentVersions());
	}

	/** The version of the pages that list every member. */
	String allMembersKey() {
		Optional<VersionsInMemory.Snapshot> known = this.inMemory.trusted();
		if (known.isPresent()) {
			return "a" + known.get().anyChange();
		}
		return "a" + this.jdbc.queryForObject("select any_change from content_versions where id = 1", Long.class);
	}

	/** The version of a member's pages, empty for an unknown member. */
	Optional<MemberVersion> member(String slug) {
		Optional<VersionsInMemory.Snapshot> known = this.inMemory.trusted();
		if (known.isPresent() && known.get().members().containsKey(slug)) {
			return Optional.of(known.get().members().get(slug));
		}
		// Unknown in memory: perhaps created since, without a bump; the database knows.
		return this.jdbc
			.query("""
					select c.id, c.content_version, v.every_member from members c cross join content_versions v
					where c.slug = ? and v.id = 1""",
					(row, number) -> new MemberVersion(row.getLong(1), row.getLong(2), row.getLong(3)), slug)
			.stream()
			.findFirst();
	}

}

package org.opengovpartnership.portal.caching;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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
public class ContentVersions {

	/** Key of the transaction's {@link Changes}. */
	private static final Object CHANGES = new Object();

	private final ContentVersionRepository versions;

	private final JdbcTemplate jdbc;

	ContentVersions(ContentVersionRepository versions, JdbcTemplate jdbc) {
		this.versions = versions;
		this.jdbc = jdbc;
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
	}

	/** What a transaction changed. */
	private static final class Changes {

		private final Set<String> members = new HashSet<>();

		private boolean everyMember;

	}

	// The reads are on every anonymous page view: one plain JDBC statement each, outside
	// any transaction (no BEGIN
	// or COMMIT round trip) and without an EntityManager.

	/** The version of the pages that list every member. */
	String allMembersKey() {
		return "a" + this.jdbc.queryForObject("select any_change from content_versions where id = 1", Long.class);
	}

	/** The version of a member's pages, empty for an unknown member. */
	Optional<MemberVersion> member(String slug) {
		return this.jdbc
			.query("""
					select c.id, c.content_version, v.every_member from members c cross join content_versions v
					where c.slug = ? and v.id = 1""",
					(row, number) -> new MemberVersion(row.getLong(1), row.getLong(2), row.getLong(3)), slug)
			.stream()
			.findFirst();
	}

}

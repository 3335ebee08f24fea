package org.opengovpartnership.portal.caching;

import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Versions of what the public pages show. A change bumps them in its own transaction, so the new version becomes
 * visible to every instance together with the change itself; ETags and cached pages keyed by them are never stale.
 * {@code AuditTrail.record} calls {@link #changed(String)} for every recorded change.
 */
@Service
public class ContentVersions {

	private final ContentVersionRepository versions;

	private final JdbcTemplate jdbc;

	ContentVersions(ContentVersionRepository versions, JdbcTemplate jdbc) {
		this.versions = versions;
		this.jdbc = jdbc;
	}

	/**
	 * Something changed in what pages show.
	 * @param countrySlug the member whose pages show the change, or null when it shows on every member's pages
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void changed(String countrySlug) {
		if (countrySlug == null) {
			this.versions.bumpEveryMember();
		}
		else {
			// The member's row first, then the shared row, in every transaction: no two changes wait on each other
			// in opposite orders.
			this.versions.bumpMember(countrySlug);
			this.versions.bumpAnyChange();
		}
	}

	// The reads are on every anonymous page view: one plain JDBC statement each, outside any transaction (no BEGIN
	// or COMMIT round trip) and without an EntityManager.

	/** The version of the pages that list every member. */
	String allMembersKey() {
		return "a" + this.jdbc.queryForObject("select any_change from content_versions where id = 1", Long.class);
	}

	/** The version of a member's pages, empty for an unknown member. */
	Optional<MemberVersion> member(String slug) {
		return this.jdbc
			.query("""
					select c.id, c.content_version, v.every_member from countries c cross join content_versions v
					where c.slug = ? and v.id = 1""",
					(row, number) -> new MemberVersion(row.getLong(1), row.getLong(2), row.getLong(3)), slug)
			.stream()
			.findFirst();
	}

}

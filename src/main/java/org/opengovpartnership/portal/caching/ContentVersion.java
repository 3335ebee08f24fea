package org.opengovpartnership.portal.caching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * The single row of versions shared by all members' pages. Changed only by
 * {@link ContentVersionRepository}'s updates, read by {@link ContentVersions} with plain
 * JDBC; mapped so that the repository belongs to this package.
 */
@Entity
@Immutable
@Table(name = "content_versions")
class ContentVersion {

	@Id
	private Integer id;

	/** Bumped by a change shown on every member's pages. */
	@Column(name = "every_member")
	private long everyMember;

	/** Bumped by any change: the version of the pages that list every member. */
	@Column(name = "any_change")
	private long anyChange;

	protected ContentVersion() {
	}

}

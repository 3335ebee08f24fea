package org.opengovpartnership.portal.caching;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * The single row of site-wide content versions; only {@link ContentVersionRepository}'s updates change it.
 */
@Entity
@Immutable
@Table(name = "content_versions")
class ContentVersion {

	@Id
	private Integer id;

	/** Bumped by changes shown on every member's pages. */
	private long everyMember;

	/** Bumped by every change: what pages listing all members depend on. */
	private long anyChange;

	protected ContentVersion() {
	}

	long getEveryMember() {
		return this.everyMember;
	}

	long getAnyChange() {
		return this.anyChange;
	}

}

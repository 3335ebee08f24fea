package org.opengovpartnership.portal.caching;

import java.util.List;
import java.util.Optional;

import org.opengovpartnership.portal.country.Country;
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

	ContentVersions(ContentVersionRepository versions) {
		this.versions = versions;
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

	// The reads below run outside any transaction: one statement each, no BEGIN or COMMIT round trip.

	/** The version of the pages that list every member. */
	String allMembersKey() {
		return "a" + this.versions.findCurrent().getAnyChange();
	}

	/** The version of a member's pages, empty for an unknown member. */
	Optional<MemberVersion> member(String slug) {
		return this.versions.findMemberVersion(slug);
	}

	/** The member with its contacts, loaded for its profile page, and the page's version; empty when unknown. */
	Optional<LoadedMember> memberProfile(String slug) {
		List<Object[]> rows = this.versions.findMemberProfileWithVersion(slug);
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Country country = (Country) rows.get(0)[0];
		long everyMember = (Long) rows.get(0)[1];
		return Optional.of(new LoadedMember(country,
				new MemberVersion(country.getId(), country.getContentVersion(), everyMember)));
	}

	record LoadedMember(Country country, MemberVersion version) {
	}

}

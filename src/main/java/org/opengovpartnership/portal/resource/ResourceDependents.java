package org.opengovpartnership.portal.resource;

import org.opengovpartnership.portal.country.Country;
import org.opengovpartnership.portal.country.MemberDependents;
import org.springframework.stereotype.Component;

/**
 * A member's resources keep it from being deleted.
 */
@Component
class ResourceDependents implements MemberDependents {

	private final MemberResourceRepository resources;

	ResourceDependents(MemberResourceRepository resources) {
		this.resources = resources;
	}

	@Override
	public long countFor(Country member) {
		return this.resources.countByCountry(member);
	}

}

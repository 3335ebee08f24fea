package org.opengovpartnership.portal.resource;

import org.opengovpartnership.portal.member.Member;
import org.opengovpartnership.portal.member.MemberDependents;
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
	public long countFor(Member member) {
		return this.resources.countByMember(member);
	}

}

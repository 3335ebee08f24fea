package org.opengovpartnership.portal.commitment;

import org.opengovpartnership.portal.member.ActionPlan;
import org.opengovpartnership.portal.member.MemberDependents;
import org.springframework.stereotype.Component;

/**
 * A plan's commitments keep it from being deleted (and, through the plan, its member).
 */
@Component
class CommitmentDependents implements MemberDependents {

	private final CommitmentRepository commitments;

	CommitmentDependents(CommitmentRepository commitments) {
		this.commitments = commitments;
	}

	@Override
	public long countFor(ActionPlan plan) {
		return this.commitments.countByActionPlan(plan);
	}

}

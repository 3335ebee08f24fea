package org.opengovpartnership.portal.member;

/**
 * What another module keeps about a member or one of its plans, so that neither is
 * deleted while it remains: the repository of the records implements it (resources,
 * commitments), since this module cannot see them.
 */
public interface MemberDependents {

	/** How many of the module's records still belong to the member. */
	default long countFor(Member member) {
		return 0;
	}

	/** How many of the module's records still belong to the plan. */
	default long countFor(ActionPlan plan) {
		return 0;
	}

}

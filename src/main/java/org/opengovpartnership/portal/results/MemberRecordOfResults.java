package org.opengovpartnership.portal.results;

import java.util.List;

import org.opengovpartnership.portal.commitment.Commitment;
import org.opengovpartnership.portal.member.ActionPlan;
import org.opengovpartnership.portal.member.Member;

/**
 * A member with its plans (newest first), its commitments and their results, as the API
 * and the comparison read them.
 */
public record MemberRecordOfResults(Member member, List<ActionPlan> plans, List<Commitment> commitments,
		MemberResults results) {

	static MemberRecordOfResults of(Member member, List<ActionPlan> plans, List<Commitment> commitments) {
		return new MemberRecordOfResults(member, plans, commitments, MemberResults.of(plans, commitments));
	}

}

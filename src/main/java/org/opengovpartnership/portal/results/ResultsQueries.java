package org.opengovpartnership.portal.results;

import java.util.List;
import java.util.Optional;

import org.opengovpartnership.portal.commitment.Commitment;
import org.opengovpartnership.portal.commitment.CommitmentRepository;
import org.opengovpartnership.portal.member.ActionPlan;
import org.opengovpartnership.portal.member.ActionPlanRepository;
import org.opengovpartnership.portal.member.Member;
import org.opengovpartnership.portal.member.MemberRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a member's plans and commitments and counts their results, in one read-only
 * transaction.
 */
@Service
@Transactional(readOnly = true)
public class ResultsQueries {

	private final MemberRepository members;

	private final ActionPlanRepository plans;

	private final CommitmentRepository commitments;

	ResultsQueries(MemberRepository members, ActionPlanRepository plans, CommitmentRepository commitments) {
		this.members = members;
		this.plans = plans;
		this.commitments = commitments;
	}

	/** The member of the slug with its results; empty when no member has it. */
	public Optional<MemberRecordOfResults> find(String slug) {
		List<ActionPlan> memberPlans = this.plans.findByMemberSlugWithMemberNewestFirst(slug);
		if (memberPlans.isEmpty()) {
			return this.members.findBySlug(slug)
				.map((member) -> MemberRecordOfResults.of(member, List.of(), List.of()));
		}
		Member member = memberPlans.get(0).getMember();
		List<Commitment> memberCommitments = this.commitments.findByMemberNewestPlanFirst(member);
		return Optional.of(MemberRecordOfResults.of(member, memberPlans, memberCommitments));
	}

}

package org.opengovpartnership.portal.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opengovpartnership.portal.commitment.CommitmentRepository;
import org.opengovpartnership.portal.member.ActionPlan;
import org.opengovpartnership.portal.member.ActionPlanRepository;
import org.opengovpartnership.portal.member.Member;
import org.opengovpartnership.portal.member.IrmStatus;
import org.opengovpartnership.portal.system.DashboardPanel;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/**
 * The admin dashboard's list of plans whose figures typed by hand (major, outstanding,
 * starred) differ from those counted from their commitments. Typed figures are rare
 * (Mexico's seed), so only their members' commitments load.
 */
@Component
class DisagreementsPanel implements DashboardPanel {

	private final ActionPlanRepository plans;

	private final CommitmentRepository commitments;

	DisagreementsPanel(ActionPlanRepository plans, CommitmentRepository commitments) {
		this.plans = plans;
		this.commitments = commitments;
	}

	@Override
	@Transactional(readOnly = true)
	public void addTo(Model model) {
		model.addAttribute("resultDisagreements", disagreements());
	}

	/** The plans whose typed figures disagree, by member then plan. */
	List<PlanResults> disagreements() {
		Map<Member, List<ActionPlan>> typed = new LinkedHashMap<>();
		this.plans.findAllWithMember()
			.stream()
			.filter((plan) -> plan.getIrmStatus() == IrmStatus.REVIEWED)
			.forEach((plan) -> typed.computeIfAbsent(plan.getMember(), (member) -> new ArrayList<>()).add(plan));
		List<PlanResults> disagreements = new ArrayList<>();
		typed.forEach((member, memberPlans) -> disagreements.addAll(
				MemberResults.of(memberPlans, this.commitments.findByMemberNewestPlanFirst(member)).disagreements()));
		return disagreements;
	}

}

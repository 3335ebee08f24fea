package org.opengovpartnership.portal.results;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.opengovpartnership.portal.commitment.Commitment;
import org.opengovpartnership.portal.member.ActionPlan;

/**
 * A member's results: all its commitments counted together, and plan by plan.
 *
 * @param plans in the order of the plans given (newest first on the member page and in
 * the API)
 */
public record MemberResults(Tally total, List<PlanResults> plans) {

	/**
	 * Counts the commitments, each under its plan; a plan without commitments counts
	 * none.
	 */
	public static MemberResults of(List<ActionPlan> plans, List<Commitment> commitments) {
		Map<Long, List<Commitment>> byPlan = commitments.stream()
			.collect(Collectors.groupingBy((c) -> c.getActionPlan().getId()));
		return new MemberResults(Tally.of(commitments),
				plans.stream()
					.map((plan) -> new PlanResults(plan, Tally.of(byPlan.getOrDefault(plan.getId(), List.of()))))
					.toList());
	}

	/** The plans whose typed figures differ from the counted ones. */
	public List<PlanResults> disagreements() {
		return this.plans.stream().filter(PlanResults::disagrees).toList();
	}

}

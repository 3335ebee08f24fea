package org.opengovpartnership.portal.results;

import java.util.Objects;

import org.opengovpartnership.portal.member.ActionPlan;
import org.opengovpartnership.portal.member.IrmStatus;

/**
 * One action plan's results, counted from its commitments, beside the figures an admin
 * typed for it, if any.
 */
public record PlanResults(ActionPlan plan, Tally tally) {

	/**
	 * Whether an admin typed the plan's figures (major, outstanding, starred), as
	 * Mexico's seed has them.
	 */
	public boolean typed() {
		return this.plan.getIrmStatus() == IrmStatus.REVIEWED;
	}

	/** Whether the typed figures differ from those counted from the commitments. */
	public boolean disagrees() {
		return typed() && (!Objects.equals(this.plan.getMajorCount(), this.tally.count(OpenedGovernment.MAJOR))
				|| !Objects.equals(this.plan.getOutstandingCount(), this.tally.count(OpenedGovernment.OUTSTANDING))
				|| !Objects.equals(this.plan.getStarredCount(), this.tally.starred()));
	}

	public int countedMajor() {
		return this.tally.count(OpenedGovernment.MAJOR);
	}

	public int countedOutstanding() {
		return this.tally.count(OpenedGovernment.OUTSTANDING);
	}

	/** The IRM has yet to review the plan: why its commitments are not assessed. */
	public boolean pending() {
		return this.plan.getIrmStatus() == IrmStatus.PENDING;
	}

	/** The plan's anchor on the member page. */
	public String anchor() {
		return "results-plan-" + this.plan.getNumber();
	}

}

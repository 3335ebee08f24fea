package org.opengovpartnership.portal.profile;

import org.opengovpartnership.portal.member.ActionPlan;
import org.opengovpartnership.portal.member.IrmStatus;

/**
 * How many of a plan's commitments opened government in a major or outstanding way and
 * how many are starred, and where those figures come from.
 *
 * @param major null when unknown
 */
public record PlanPerformance(ActionPlan plan, Source source, Integer major, Integer outstanding, Integer starred) {

	/** Where the figures come from. */
	public enum Source {

		/**
		 * Typed by an admin (or seeded from OGP's member page) for a plan the IRM
		 * reviewed.
		 */
		TYPED,

		/** Counted from the IRM values of the plan's commitments. */
		COMPUTED,

		/**
		 * Neither: the IRM has not reviewed the plan yet, or OGP's data has no figures
		 * for it.
		 */
		NONE

	}

	public boolean known() {
		return this.source != Source.NONE;
	}

	/**
	 * Unknown because the IRM has yet to review the plan, rather than because no data
	 * exists.
	 */
	public boolean pending() {
		return !known() && this.plan.getIrmStatus() == IrmStatus.PENDING;
	}

}

package org.opengovpartnership.portal.commitment;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A member's open milestones (neither complete nor cancelled) that are overdue, and those
 * due in the next {@value #SOON_DAYS} days, each list by due date; the member page lists
 * the first {@value #LISTED} of each.
 */
public record MilestonesDue(List<Due> overdue, List<Due> dueSoon) {

	/** How many days ahead "due soon" looks. */
	public static final int SOON_DAYS = 90;

	/** How many of each list the page shows. */
	public static final int LISTED = 10;

	/**
	 * The open milestones of these commitments (their milestones loaded) as seen on this
	 * day.
	 */
	public static MilestonesDue of(List<Commitment> commitments, LocalDate today) {
		List<Due> open = commitments.stream()
			.flatMap((commitment) -> commitment.getMilestones().stream().map((m) -> new Due(commitment, m)))
			.filter((due) -> due.milestone().getEndDate() != null && isOpen(due.milestone()))
			.sorted(Comparator.comparing((Due due) -> due.milestone().getEndDate()))
			.toList();
		return new MilestonesDue(open.stream().filter((due) -> due.milestone().getEndDate().isBefore(today)).toList(),
				open.stream()
					.filter((due) -> !due.milestone().getEndDate().isBefore(today)
							&& !due.milestone().getEndDate().isAfter(today.plusDays(SOON_DAYS)))
					.toList());
	}

	private static boolean isOpen(Milestone milestone) {
		return milestone.getStatus() != MilestoneStatus.COMPLETED && milestone.getStatus() != MilestoneStatus.CANCELLED;
	}

	public int soonDays() {
		return SOON_DAYS;
	}

	public List<Due> listedOverdue() {
		return this.overdue.subList(0, Math.min(LISTED, this.overdue.size()));
	}

	public List<Due> listedDueSoon() {
		return this.dueSoon.subList(0, Math.min(LISTED, this.dueSoon.size()));
	}

	/** A milestone with its commitment, for a link to the commitment's page. */
	public record Due(Commitment commitment, Milestone milestone) {
	}

}

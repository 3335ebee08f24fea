package org.opengovpartnership.portal.commitment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A milestone's own values: every field the commitment form edits for it. Null is a
 * missing value; the end date is the date the milestone is due, its evidence the links
 * that show its progress (empty when none), and its weight how much it counts towards its
 * commitment's progress (1 when missing).
 */
public record MilestoneDetails(String title, LocalDate startDate, LocalDate endDate, MilestoneStatus status,
		Integer progress, Integer weight, List<Evidence> evidence) {

	/** How much a milestone counts when no weight is given. */
	public static final int DEFAULT_WEIGHT = 1;

	/**
	 * The values serialised as the audit trail records them: one key per component, dates
	 * and statuses as text.
	 */
	public Map<String, Object> values() {
		return CommitmentDetails.valuesOf(this);
	}

}

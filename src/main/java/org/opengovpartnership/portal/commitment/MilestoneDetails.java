package org.opengovpartnership.portal.commitment;

import java.time.LocalDate;
import java.util.Map;

/**
 * A milestone's own values: every field the commitment form edits for it. Null is a missing value.
 */
public record MilestoneDetails(String title, LocalDate startDate, LocalDate endDate, MilestoneStatus status,
		Integer progress) {

	/** The values serialised as the audit trail records them: one key per component, dates and statuses as text. */
	public Map<String, Object> values() {
		return CommitmentDetails.valuesOf(this);
	}

}

package org.opengovpartnership.portal.commitment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.opengovpartnership.portal.system.Records;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A milestone's own values: every field the commitment form edits for it. Null is a
 * missing value; the end date is the date the milestone is due, its evidence the links
 * that show its progress (empty when none), and its weight how much it counts towards its
 * commitment's progress (1 when missing), and the day it was completed when that is
 * known.
 * <p>
 * The commitment form binds it as it is ({@code milestones[0].details.title}), its
 * evidence apart ({@link MilestoneForm}), so its constraints are the form's.
 */
public record MilestoneDetails(@Size(max = 1000) String title,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate, MilestoneStatus status,
		@Min(0) @Max(100) Integer progress,
		@Min(value = 1, message = "{milestone.weight.positive}") @Max(1000) Integer weight, List<Evidence> evidence,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedOn) {

	/** How much a milestone counts when no weight is given. */
	public static final int DEFAULT_WEIGHT = 1;

	/** No value at all: a blank row of the form. */
	static final MilestoneDetails NONE = Records.of(MilestoneDetails.class, Map.of());

	public MilestoneDetails {
		evidence = (evidence != null) ? List.copyOf(evidence) : List.of();
	}

	@JsonIgnore
	@AssertTrue(message = "{milestone.datesInOrder}")
	public boolean isDatesInOrder() {
		return this.startDate == null || this.endDate == null || !this.endDate.isBefore(this.startDate);
	}

	/** These values with other evidence. */
	MilestoneDetails withEvidence(List<Evidence> links) {
		return new MilestoneDetails(this.title, this.startDate, this.endDate, this.status, this.progress, this.weight,
				links, this.completedOn);
	}

	/**
	 * The values serialised as the audit trail records them: one key per component, dates
	 * and statuses as text.
	 */
	public Map<String, Object> values() {
		return CommitmentDetails.valuesOf(this);
	}

}

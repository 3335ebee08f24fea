package org.opengovpartnership.portal.commitment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;

/**
 * One milestone row of the commitment form: the milestone's details, its evidence rows
 * (bound apart, so a blank or removed row can be left out) and whether "remove" is ticked
 * (null when the box is not sent). A row without a title is left out.
 */
public record MilestoneForm(@Valid MilestoneDetails details, @Valid List<EvidenceForm> evidence, Boolean remove) {

	/** A blank row, for a new milestone, with a blank evidence row. */
	static MilestoneForm blank() {
		return new MilestoneForm(null, List.of(EvidenceForm.BLANK), false);
	}

	public MilestoneForm {
		details = (details != null) ? details : MilestoneDetails.NONE;
		// Mutable, so a blank evidence row can be offered; a row the request skipped is
		// null.
		evidence = (evidence != null) ? new ArrayList<>(evidence.stream().filter(Objects::nonNull).toList())
				: new ArrayList<>();
	}

	static MilestoneForm from(Milestone milestone) {
		MilestoneDetails details = milestone.details();
		return new MilestoneForm(details, details.evidence().stream().map(EvidenceForm::from).toList(), false);
	}

	/** Whether the row holds a milestone to keep. */
	public boolean isKept() {
		return !Boolean.TRUE.equals(this.remove) && this.details.title() != null && !this.details.title().isBlank();
	}

	/**
	 * The values as typed with the evidence rows kept: the one place that reads the row
	 * back. (The admin binder has trimmed the text already.)
	 */
	MilestoneDetails typed() {
		return this.details
			.withEvidence(this.evidence.stream().filter(EvidenceForm::isKept).map(EvidenceForm::evidence).toList());
	}

	Milestone toMilestone() {
		MilestoneDetails typed = typed();
		Milestone milestone = new Milestone(typed.title());
		milestone.apply(typed);
		return milestone;
	}

}

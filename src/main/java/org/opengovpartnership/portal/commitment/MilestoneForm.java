package org.opengovpartnership.portal.commitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * One milestone row of the commitment form; a row without a title is left out, a ticked
 * "remove" deletes it.
 */
public class MilestoneForm {

	@Size(max = 1000)
	private String title;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	private MilestoneStatus status;

	@Min(0)
	@Max(100)
	private Integer progress;

	@Min(value = 1, message = "{milestone.weight.positive}")
	@Max(1000)
	private Integer weight;

	@Valid
	private List<EvidenceForm> evidence = new ArrayList<>();

	private boolean remove;

	static MilestoneForm from(Milestone milestone) {
		return from(milestone.details());
	}

	/**
	 * A row holding these values: the one place that copies a milestone's values into the
	 * form.
	 */
	static MilestoneForm from(MilestoneDetails details) {
		MilestoneForm form = new MilestoneForm();
		form.title = details.title();
		form.startDate = details.startDate();
		form.endDate = details.endDate();
		form.status = details.status();
		form.progress = details.progress();
		form.weight = details.weight();
		form.evidence = new ArrayList<>(details.evidence().stream().map(EvidenceForm::from).toList());
		return form;
	}

	/** Whether the row holds a milestone to keep. */
	public boolean isKept() {
		return !this.remove && this.title != null && !this.title.isBlank();
	}

	/**
	 * The values as typed, the title stripped: the one place that reads the form's values
	 * back.
	 */
	MilestoneDetails details() {
		return new MilestoneDetails((this.title != null) ? this.title.strip() : null, this.startDate, this.endDate,
				this.status, this.progress, this.weight,
				this.evidence.stream().filter(EvidenceForm::isKept).map(EvidenceForm::evidence).toList());
	}

	Milestone toMilestone() {
		MilestoneDetails details = details();
		Milestone milestone = new Milestone(details.title());
		milestone.apply(details);
		return milestone;
	}

	@AssertTrue(message = "{milestone.datesInOrder}")
	public boolean isDatesInOrder() {
		return this.startDate == null || this.endDate == null || !this.endDate.isBefore(this.startDate);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}

	public MilestoneStatus getStatus() {
		return this.status;
	}

	public void setStatus(MilestoneStatus status) {
		this.status = status;
	}

	public Integer getProgress() {
		return this.progress;
	}

	public void setProgress(Integer progress) {
		this.progress = progress;
	}

	public Integer getWeight() {
		return this.weight;
	}

	public void setWeight(Integer weight) {
		this.weight = weight;
	}

	public List<EvidenceForm> getEvidence() {
		return this.evidence;
	}

	public void setEvidence(List<EvidenceForm> evidence) {
		this.evidence = evidence;
	}

	public boolean isRemove() {
		return this.remove;
	}

	public void setRemove(boolean remove) {
		this.remove = remove;
	}

}

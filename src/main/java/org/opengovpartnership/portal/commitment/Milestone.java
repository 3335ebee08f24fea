package org.opengovpartnership.portal.commitment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A step of a commitment, with its dates, status and progress in percent.
 */
@Entity
@Table(name = "milestones")
public class Milestone {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Commitment commitment;

	private int position;

	private String title;

	private LocalDate startDate;

	private LocalDate endDate;

	@Enumerated(EnumType.STRING)
	private MilestoneStatus status;

	private Integer progress;

	private int weight = MilestoneDetails.DEFAULT_WEIGHT;

	@Convert(converter = EvidenceColumn.class)
	private List<Evidence> evidence = List.of();

	private LocalDate completedOn;

	protected Milestone() {
	}

	public Milestone(String title) {
		this.title = title;
	}

	/** The milestone's own values. */
	public MilestoneDetails details() {
		return new MilestoneDetails(this.title, this.startDate, this.endDate, this.status, this.progress, this.weight,
				this.evidence, this.completedOn);
	}

	/**
	 * Sets the milestone's own values; its commitment and position are set by the
	 * commitment.
	 */
	public void apply(MilestoneDetails details) {
		this.title = details.title();
		this.startDate = details.startDate();
		this.endDate = details.endDate();
		this.status = details.status();
		this.progress = details.progress();
		this.weight = (details.weight() != null) ? details.weight() : MilestoneDetails.DEFAULT_WEIGHT;
		this.evidence = (details.evidence() != null) ? List.copyOf(details.evidence()) : List.of();
		this.completedOn = details.completedOn();
	}

	/** This milestone's values as an audit event records them. */
	Map<String, Object> snapshot() {
		return details().values();
	}

	public Long getId() {
		return this.id;
	}

	public Commitment getCommitment() {
		return this.commitment;
	}

	void setCommitment(Commitment commitment) {
		this.commitment = commitment;
	}

	public int getPosition() {
		return this.position;
	}

	void setPosition(int position) {
		this.position = position;
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

	public int getWeight() {
		return this.weight;
	}

	public List<Evidence> getEvidence() {
		return this.evidence;
	}

	public LocalDate getCompletedOn() {
		return this.completedOn;
	}

}

package org.opengovpartnership.portal.commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.opengovpartnership.portal.audit.AuditTrail;
import org.opengovpartnership.portal.member.ActionPlan;
import org.opengovpartnership.portal.system.AdminEditor;

/**
 * A commitment of an action plan: what was promised, by whom, how the IRM assessed it,
 * and its milestones. IRM values are kept as OGP writes them ("Substantial", "Major");
 * null means no IRM data.
 */
@Entity
@Table(name = "commitments")
public class Commitment implements AdminEditor.Edited {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private ActionPlan actionPlan;

	private String code;

	private Integer number;

	private String title;

	private String shortTitle;

	private String description;

	private String leadInstitution;

	private String supportingInstitutions;

	@ManyToOne(fetch = FetchType.LAZY)
	private PolicyArea primaryPolicyArea;

	@Enumerated(EnumType.STRING)
	private CommitmentStatus status;

	private LocalDate startDate;

	private LocalDate endDate;

	private String irmVerifiable;

	private String irmRelevance;

	private String irmPotentialImpact;

	private String irmCompletion;

	@Column(name = "irm_opened_government")
	private String irmOpenedGovernment;

	private String irmEarlyResults;

	private Boolean irmStarred;

	@ManyToMany
	@JoinTable(name = "commitment_policy_areas", joinColumns = @JoinColumn(name = "commitment_id"),
			inverseJoinColumns = @JoinColumn(name = "policy_area_id"))
	@OrderBy("name")
	private Set<PolicyArea> policyAreas = new LinkedHashSet<>();

	// A set, not a bag: fetched together with the policy areas, a bag would repeat each
	// milestone once per area.
	@OneToMany(mappedBy = "commitment", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private Set<Milestone> milestones = new LinkedHashSet<>();

	@Version
	private long version;

	/**
	 * When the commitment last changed, as its Atom feed entry says; the importer sets it
	 * too.
	 */
	private Instant updatedAt;

	protected Commitment() {
	}

	public Commitment(ActionPlan actionPlan, String code, String title) {
		this.actionPlan = actionPlan;
		this.code = code;
		this.title = title;
	}

	/** The average progress of the milestones that report one, or null when none does. */
	public Integer getOverallProgress() {
		return this.milestones.stream()
			.map(Milestone::getProgress)
			.filter(p -> p != null)
			.mapToInt(Integer::intValue)
			.average()
			.stream()
			.mapToObj(average -> (int) Math.round(average))
			.findFirst()
			.orElse(null);
	}

	/**
	 * How far the commitment got: the weighted share of its complete milestones; null
	 * when none counts.
	 */
	public CommitmentProgress getProgress() {
		return CommitmentProgress.of(this.milestones, this.updatedAt);
	}

	/** The commitment's own values. */
	public CommitmentDetails details() {
		return new CommitmentDetails(this.code, this.number, this.title, this.shortTitle, this.description,
				this.leadInstitution, this.supportingInstitutions, this.status, this.startDate, this.endDate,
				this.irmVerifiable, this.irmRelevance, this.irmPotentialImpact, this.irmCompletion,
				this.irmOpenedGovernment, this.irmEarlyResults, this.irmStarred);
	}

	/**
	 * Sets the commitment's own values; its plan, policy areas and milestones are set
	 * apart.
	 */
	public void apply(CommitmentDetails details) {
		this.code = details.code();
		this.number = details.number();
		this.title = details.title();
		this.shortTitle = details.shortTitle();
		this.description = details.description();
		this.leadInstitution = details.leadInstitution();
		this.supportingInstitutions = details.supportingInstitutions();
		this.status = details.status();
		this.startDate = details.startDate();
		this.endDate = details.endDate();
		this.irmVerifiable = details.irmVerifiable();
		this.irmRelevance = details.irmRelevance();
		this.irmPotentialImpact = details.irmPotentialImpact();
		this.irmCompletion = details.irmCompletion();
		this.irmOpenedGovernment = details.irmOpenedGovernment();
		this.irmEarlyResults = details.irmEarlyResults();
		this.irmStarred = details.irmStarred();
	}

	/**
	 * The values an audit event records: what a person would compare between two
	 * versions. The keys are the details' components, and the plan, member, policy areas
	 * and milestones the commitment links to.
	 */
	@Override
	public Map<String, Object> snapshot() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("code", this.code);
		values.put(AuditTrail.MEMBER, this.actionPlan.getMember().getSlug());
		values.put("actionPlan", this.actionPlan.getNumber());
		values.putAll(details().values());
		values.put("primaryPolicyArea", (this.primaryPolicyArea != null) ? this.primaryPolicyArea.getName() : null);
		values.put("policyAreas", this.policyAreas.stream().map(PolicyArea::getName).sorted().toList());
		values.put("milestones", this.milestones.stream().map(Milestone::snapshot).toList());
		return values;
	}

	/** Replaces the milestones, keeping their order. */
	public void replaceMilestones(List<Milestone> replacements) {
		this.milestones.clear();
		replacements.forEach(this::addMilestone);
	}

	public void addMilestone(Milestone milestone) {
		milestone.setCommitment(this);
		milestone.setPosition(this.milestones.size() + 1);
		this.milestones.add(milestone);
	}

	public Long getId() {
		return this.id;
	}

	public ActionPlan getActionPlan() {
		return this.actionPlan;
	}

	public void setActionPlan(ActionPlan actionPlan) {
		this.actionPlan = actionPlan;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public Integer getNumber() {
		return this.number;
	}

	public void setNumber(Integer number) {
		this.number = number;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getShortTitle() {
		return this.shortTitle;
	}

	public void setShortTitle(String shortTitle) {
		this.shortTitle = shortTitle;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getLeadInstitution() {
		return this.leadInstitution;
	}

	public void setLeadInstitution(String leadInstitution) {
		this.leadInstitution = leadInstitution;
	}

	public String getSupportingInstitutions() {
		return this.supportingInstitutions;
	}

	public void setSupportingInstitutions(String supportingInstitutions) {
		this.supportingInstitutions = supportingInstitutions;
	}

	public PolicyArea getPrimaryPolicyArea() {
		return this.primaryPolicyArea;
	}

	public void setPrimaryPolicyArea(PolicyArea primaryPolicyArea) {
		this.primaryPolicyArea = primaryPolicyArea;
	}

	public CommitmentStatus getStatus() {
		return this.status;
	}

	public void setStatus(CommitmentStatus status) {
		this.status = status;
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

	public String getIrmVerifiable() {
		return this.irmVerifiable;
	}

	public void setIrmVerifiable(String irmVerifiable) {
		this.irmVerifiable = irmVerifiable;
	}

	public String getIrmRelevance() {
		return this.irmRelevance;
	}

	public void setIrmRelevance(String irmRelevance) {
		this.irmRelevance = irmRelevance;
	}

	public String getIrmPotentialImpact() {
		return this.irmPotentialImpact;
	}

	public void setIrmPotentialImpact(String irmPotentialImpact) {
		this.irmPotentialImpact = irmPotentialImpact;
	}

	public String getIrmCompletion() {
		return this.irmCompletion;
	}

	public void setIrmCompletion(String irmCompletion) {
		this.irmCompletion = irmCompletion;
	}

	public String getIrmOpenedGovernment() {
		return this.irmOpenedGovernment;
	}

	public void setIrmOpenedGovernment(String irmOpenedGovernment) {
		this.irmOpenedGovernment = irmOpenedGovernment;
	}

	public String getIrmEarlyResults() {
		return this.irmEarlyResults;
	}

	public void setIrmEarlyResults(String irmEarlyResults) {
		this.irmEarlyResults = irmEarlyResults;
	}

	public Boolean getIrmStarred() {
		return this.irmStarred;
	}

	public void setIrmStarred(Boolean irmStarred) {
		this.irmStarred = irmStarred;
	}

	public Set<PolicyArea> getPolicyAreas() {
		return this.policyAreas;
	}

	/** The milestones in their order; change them with {@link #replaceMilestones}. */
	public List<Milestone> getMilestones() {
		return List.copyOf(this.milestones);
	}

	@Override
	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	@PrePersist
	@PreUpdate
	void touch() {
		this.updatedAt = Instant.now();
	}

}

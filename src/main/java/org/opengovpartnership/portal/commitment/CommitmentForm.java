package org.opengovpartnership.portal.commitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the commitment form edits. The scales of the IRM fields are those of {@link IrmScales}; the version travels
 * with the form so a save over someone else's newer one is detected.
 */
public class CommitmentForm {

	/** Blank milestone rows offered for new milestones, so the form works without JavaScript. */
	static final int BLANK_MILESTONE_ROWS = 3;

	@NotBlank
	@Pattern(regexp = "[A-Z]{2,10}[0-9]{1,6}", message = "{commitment.code.pattern}")
	private String code;

	@NotNull
	private Long actionPlanId;

	@Min(1)
	@Max(999)
	private Integer number;

	@NotBlank
	@Size(max = 1000)
	private String title;

	@Size(max = 500)
	private String shortTitle;

	@Size(max = 20000)
	private String description;

	@Size(max = 1000)
	private String leadInstitution;

	@Size(max = 4000)
	private String supportingInstitutions;

	private Long primaryPolicyAreaId;

	private List<Long> policyAreaIds = new ArrayList<>();

	private CommitmentStatus status;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	@Pattern(regexp = "Yes|No", message = "{irm.scale}")
	private String irmVerifiable;

	private List<@Pattern(regexp = "Access to Information|Civic Participation|Public Accountability|Technology and Innovation|None", message = "{irm.scale}") String> irmRelevance = new ArrayList<>();

	@Pattern(regexp = "None|Minor|Moderate|Transformative", message = "{irm.scale}")
	private String irmPotentialImpact;

	@Pattern(regexp = "Not Started|Limited|Substantial|Complete|Withdrawn|Unclear", message = "{irm.scale}")
	private String irmCompletion;

	@Pattern(regexp = "Worsens|Did Not Change|Marginal|Major|Outstanding|No early results to report yet", message = "{irm.scale}")
	private String irmOpenedGovernment;

	@Pattern(regexp = "No notable results|Moderate|Significant", message = "{irm.scale}")
	private String irmEarlyResults;

	private Boolean irmStarred;

	@Valid
	private List<MilestoneForm> milestones = new ArrayList<>();

	private long version;

	static CommitmentForm from(Commitment commitment) {
		CommitmentForm form = new CommitmentForm();
		form.code = commitment.getCode();
		form.actionPlanId = commitment.getActionPlan().getId();
		form.number = commitment.getNumber();
		form.title = commitment.getTitle();
		form.shortTitle = commitment.getShortTitle();
		form.description = commitment.getDescription();
		form.leadInstitution = commitment.getLeadInstitution();
		form.supportingInstitutions = commitment.getSupportingInstitutions();
		form.primaryPolicyAreaId = (commitment.getPrimaryPolicyArea() != null)
				? commitment.getPrimaryPolicyArea().getId() : null;
		form.policyAreaIds = new ArrayList<>(commitment.getPolicyAreas().stream().map(PolicyArea::getId).toList());
		form.status = commitment.getStatus();
		form.startDate = commitment.getStartDate();
		form.endDate = commitment.getEndDate();
		form.irmVerifiable = commitment.getIrmVerifiable();
		form.irmRelevance = (commitment.getIrmRelevance() != null)
				? new ArrayList<>(Arrays.asList(commitment.getIrmRelevance().split(",\\s*"))) : new ArrayList<>();
		form.irmPotentialImpact = commitment.getIrmPotentialImpact();
		form.irmCompletion = commitment.getIrmCompletion();
		form.irmOpenedGovernment = commitment.getIrmOpenedGovernment();
		form.irmEarlyResults = commitment.getIrmEarlyResults();
		form.irmStarred = commitment.getIrmStarred();
		form.milestones = new ArrayList<>(commitment.getMilestones().stream().map(MilestoneForm::from).toList());
		form.version = commitment.getVersion();
		return form;
	}

	/** Adds blank milestone rows so new milestones can be typed in. */
	CommitmentForm withBlankMilestoneRows() {
		for (int i = 0; i < BLANK_MILESTONE_ROWS; i++) {
			this.milestones.add(new MilestoneForm());
		}
		return this;
	}

	/** Copies the plain fields onto the commitment; plan, policy areas and milestones are set by the caller. */
	void applyTo(Commitment commitment) {
		commitment.setCode(this.code);
		commitment.setNumber(this.number);
		commitment.setTitle(this.title);
		commitment.setShortTitle(this.shortTitle);
		commitment.setDescription(this.description);
		commitment.setLeadInstitution(this.leadInstitution);
		commitment.setSupportingInstitutions(this.supportingInstitutions);
		commitment.setStatus(this.status);
		commitment.setStartDate(this.startDate);
		commitment.setEndDate(this.endDate);
		commitment.setIrmVerifiable(this.irmVerifiable);
		commitment.setIrmRelevance(this.irmRelevance.isEmpty() ? null : String.join(", ", this.irmRelevance));
		commitment.setIrmPotentialImpact(this.irmPotentialImpact);
		commitment.setIrmCompletion(this.irmCompletion);
		commitment.setIrmOpenedGovernment(this.irmOpenedGovernment);
		commitment.setIrmEarlyResults(this.irmEarlyResults);
		commitment.setIrmStarred(this.irmStarred);
	}

	@AssertTrue(message = "{commitment.datesInOrder}")
	public boolean isDatesInOrder() {
		return this.startDate == null || this.endDate == null || !this.endDate.isBefore(this.startDate);
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public Long getActionPlanId() {
		return this.actionPlanId;
	}

	public void setActionPlanId(Long actionPlanId) {
		this.actionPlanId = actionPlanId;
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

	public Long getPrimaryPolicyAreaId() {
		return this.primaryPolicyAreaId;
	}

	public void setPrimaryPolicyAreaId(Long primaryPolicyAreaId) {
		this.primaryPolicyAreaId = primaryPolicyAreaId;
	}

	public List<Long> getPolicyAreaIds() {
		return this.policyAreaIds;
	}

	public void setPolicyAreaIds(List<Long> policyAreaIds) {
		this.policyAreaIds = policyAreaIds;
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

	public List<String> getIrmRelevance() {
		return this.irmRelevance;
	}

	public void setIrmRelevance(List<String> irmRelevance) {
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

	public List<MilestoneForm> getMilestones() {
		return this.milestones;
	}

	public void setMilestones(List<MilestoneForm> milestones) {
		this.milestones = milestones;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}

package org.opengovpartnership.portal.commitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.opengovpartnership.portal.system.StaleField;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the commitment form edits: the commitment's {@link CommitmentDetails}, its plan,
 * policy areas and milestones, and the version, which travels with the form so a save
 * over someone else's newer one is detected.
 * <p>
 * A JavaBean rather than the record itself: {@code th:field} and Spring's binding keep
 * the field names flat ({@code title}) only on a bean's own properties; a record
 * component would bind as {@code details.title}.
 */
public class CommitmentForm implements StaleField.Form {

	/**
	 * Blank milestone rows offered for new milestones, so the form works without
	 * JavaScript.
	 */
	static final int BLANK_MILESTONE_ROWS = 3;

	/** What a milestone's "move" button sends: the row's index and the direction. */
	private static final java.util.regex.Pattern MOVE = java.util.regex.Pattern.compile("(\\d{1,4}):(up|down)");

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

	@IrmScale("verifiable")
	private String irmVerifiable;

	private List<@IrmScale("relevance") String> irmRelevance = new ArrayList<>();

	@IrmScale("potentialImpact")
	private String irmPotentialImpact;

	@IrmScale("completion")
	private String irmCompletion;

	@IrmScale("openedGovernment")
	private String irmOpenedGovernment;

	@IrmScale("earlyResults")
	private String irmEarlyResults;

	private Boolean irmStarred;

	@Valid
	private List<MilestoneForm> milestones = new ArrayList<>();

	private long version;

	static CommitmentForm from(Commitment commitment) {
		CommitmentDetails details = commitment.details();
		CommitmentForm form = new CommitmentForm();
		form.code = details.code();
		form.number = details.number();
		form.title = details.title();
		form.shortTitle = details.shortTitle();
		form.description = details.description();
		form.leadInstitution = details.leadInstitution();
		form.supportingInstitutions = details.supportingInstitutions();
		form.status = details.status();
		form.startDate = details.startDate();
		form.endDate = details.endDate();
		form.irmVerifiable = details.irmVerifiable();
		form.irmRelevance = new ArrayList<>(details.irmRelevanceValues());
		form.irmPotentialImpact = details.irmPotentialImpact();
		form.irmCompletion = details.irmCompletion();
		form.irmOpenedGovernment = details.irmOpenedGovernment();
		form.irmEarlyResults = details.irmEarlyResults();
		form.irmStarred = details.irmStarred();
		form.actionPlanId = commitment.getActionPlan().getId();
		form.primaryPolicyAreaId = (commitment.getPrimaryPolicyArea() != null)
				? commitment.getPrimaryPolicyArea().getId() : null;
		form.policyAreaIds = new ArrayList<>(commitment.getPolicyAreas().stream().map(PolicyArea::getId).toList());
		form.milestones = new ArrayList<>(commitment.getMilestones().stream().map(MilestoneForm::from).toList());
		form.version = commitment.getVersion();
		return form;
	}

	/**
	 * Adds blank milestone rows, and a blank evidence row to each, so new ones can be
	 * typed in.
	 */
	CommitmentForm withBlankMilestoneRows() {
		this.milestones.forEach((milestone) -> milestone.getEvidence().add(new EvidenceForm()));
		for (int i = 0; i < BLANK_MILESTONE_ROWS; i++) {
			MilestoneForm blank = new MilestoneForm();
			blank.getEvidence().add(new EvidenceForm());
			this.milestones.add(blank);
		}
		return this;
	}

	/**
	 * Moves a milestone row one place up or down, as a "move" button asks ("2:up",
	 * "0:down"); returns whether it moved. Anything else (a row past either end, a forged
	 * value) moves nothing.
	 */
	boolean moveMilestone(String move) {
		Matcher parsed = MOVE.matcher(move);
		if (!parsed.matches()) {
			return false;
		}
		int from = Integer.parseInt(parsed.group(1));
		int to = parsed.group(2).equals("up") ? from - 1 : from + 1;
		if (from >= this.milestones.size() || to < 0 || to >= this.milestones.size()) {
			return false;
		}
		Collections.swap(this.milestones, from, to);
		return true;
	}

	/**
	 * The commitment's own values as typed; plan, policy areas and milestones are set by
	 * the caller.
	 */
	public CommitmentDetails details() {
		return new CommitmentDetails(this.code, this.number, this.title, this.shortTitle, this.description,
				this.leadInstitution, this.supportingInstitutions, this.status, this.startDate, this.endDate,
				this.irmVerifiable, CommitmentDetails.irmRelevanceOf(this.irmRelevance), this.irmPotentialImpact,
				this.irmCompletion, this.irmOpenedGovernment, this.irmEarlyResults, this.irmStarred);
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

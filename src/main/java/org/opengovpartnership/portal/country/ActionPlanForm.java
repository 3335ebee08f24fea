package org.opengovpartnership.portal.country;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What the action plan form edits: the plan, its IRM performance, public participation and star guidance. A null
 * choice means "No IRM data", as on the public page.
 */
public class ActionPlanForm {

	@NotNull
	private Long countryId;

	@NotNull
	@Min(1)
	@Max(99)
	private Integer number;

	@NotNull
	@Min(2000)
	@Max(2100)
	private Integer startYear;

	@NotNull
	@Min(2000)
	@Max(2100)
	private Integer endYear;

	@Size(max = 200)
	private String policyAreaFocus;

	@Size(max = 4000)
	private String summary;

	@NotNull
	private IrmStatus irmStatus = IrmStatus.NO_DATA;

	@PositiveOrZero
	private Integer majorCount;

	@PositiveOrZero
	private Integer outstandingCount;

	@PositiveOrZero
	private Integer starredCount;

	private ParticipationLevel developmentLevel;

	private Boolean developmentOpen;

	private ParticipationLevel implementationLevel;

	private Boolean implementationOpen;

	private Boolean regularForum;

	private StarFocus starFocus;

	private Boolean designFocusAmbition;

	private Boolean designFocusRelevance;

	private Boolean designFocusVerifiability;

	private long version;

	static ActionPlanForm from(ActionPlan plan) {
		ActionPlanForm form = new ActionPlanForm();
		form.countryId = plan.getCountry().getId();
		form.number = plan.getNumber();
		form.startYear = plan.getStartYear();
		form.endYear = plan.getEndYear();
		form.policyAreaFocus = plan.getPolicyAreaFocus();
		form.summary = plan.getSummary();
		form.irmStatus = plan.getIrmStatus();
		form.majorCount = plan.getMajorCount();
		form.outstandingCount = plan.getOutstandingCount();
		form.starredCount = plan.getStarredCount();
		form.developmentLevel = plan.getDevelopmentLevel();
		form.developmentOpen = plan.getDevelopmentOpen();
		form.implementationLevel = plan.getImplementationLevel();
		form.implementationOpen = plan.getImplementationOpen();
		form.regularForum = plan.getRegularForum();
		form.starFocus = plan.getStarFocus();
		form.designFocusAmbition = plan.getDesignFocusAmbition();
		form.designFocusRelevance = plan.getDesignFocusRelevance();
		form.designFocusVerifiability = plan.getDesignFocusVerifiability();
		form.version = plan.getVersion();
		return form;
	}

	/** Copies every field but the member, which the caller sets. */
	void applyTo(ActionPlan plan) {
		plan.setNumber(this.number);
		plan.setStartYear(this.startYear);
		plan.setEndYear(this.endYear);
		plan.setPolicyAreaFocus(this.policyAreaFocus);
		plan.setSummary(this.summary);
		plan.setIrmStatus(this.irmStatus);
		plan.setMajorCount(this.majorCount);
		plan.setOutstandingCount(this.outstandingCount);
		plan.setStarredCount(this.starredCount);
		plan.setDevelopmentLevel(this.developmentLevel);
		plan.setDevelopmentOpen(this.developmentOpen);
		plan.setImplementationLevel(this.implementationLevel);
		plan.setImplementationOpen(this.implementationOpen);
		plan.setRegularForum(this.regularForum);
		plan.setStarFocus(this.starFocus);
		plan.setDesignFocusAmbition(this.designFocusAmbition);
		plan.setDesignFocusRelevance(this.designFocusRelevance);
		plan.setDesignFocusVerifiability(this.designFocusVerifiability);
	}

	@AssertTrue(message = "{plan.yearsInOrder}")
	public boolean isYearsInOrder() {
		return this.startYear == null || this.endYear == null || this.endYear >= this.startYear;
	}

	public Long getCountryId() {
		return this.countryId;
	}

	public void setCountryId(Long countryId) {
		this.countryId = countryId;
	}

	public Integer getNumber() {
		return this.number;
	}

	public void setNumber(Integer number) {
		this.number = number;
	}

	public Integer getStartYear() {
		return this.startYear;
	}

	public void setStartYear(Integer startYear) {
		this.startYear = startYear;
	}

	public Integer getEndYear() {
		return this.endYear;
	}

	public void setEndYear(Integer endYear) {
		this.endYear = endYear;
	}

	public String getPolicyAreaFocus() {
		return this.policyAreaFocus;
	}

	public void setPolicyAreaFocus(String policyAreaFocus) {
		this.policyAreaFocus = policyAreaFocus;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public IrmStatus getIrmStatus() {
		return this.irmStatus;
	}

	public void setIrmStatus(IrmStatus irmStatus) {
		this.irmStatus = irmStatus;
	}

	public Integer getMajorCount() {
		return this.majorCount;
	}

	public void setMajorCount(Integer majorCount) {
		this.majorCount = majorCount;
	}

	public Integer getOutstandingCount() {
		return this.outstandingCount;
	}

	public void setOutstandingCount(Integer outstandingCount) {
		this.outstandingCount = outstandingCount;
	}

	public Integer getStarredCount() {
		return this.starredCount;
	}

	public void setStarredCount(Integer starredCount) {
		this.starredCount = starredCount;
	}

	public ParticipationLevel getDevelopmentLevel() {
		return this.developmentLevel;
	}

	public void setDevelopmentLevel(ParticipationLevel developmentLevel) {
		this.developmentLevel = developmentLevel;
	}

	public Boolean getDevelopmentOpen() {
		return this.developmentOpen;
	}

	public void setDevelopmentOpen(Boolean developmentOpen) {
		this.developmentOpen = developmentOpen;
	}

	public ParticipationLevel getImplementationLevel() {
		return this.implementationLevel;
	}

	public void setImplementationLevel(ParticipationLevel implementationLevel) {
		this.implementationLevel = implementationLevel;
	}

	public Boolean getImplementationOpen() {
		return this.implementationOpen;
	}

	public void setImplementationOpen(Boolean implementationOpen) {
		this.implementationOpen = implementationOpen;
	}

	public Boolean getRegularForum() {
		return this.regularForum;
	}

	public void setRegularForum(Boolean regularForum) {
		this.regularForum = regularForum;
	}

	public StarFocus getStarFocus() {
		return this.starFocus;
	}

	public void setStarFocus(StarFocus starFocus) {
		this.starFocus = starFocus;
	}

	public Boolean getDesignFocusAmbition() {
		return this.designFocusAmbition;
	}

	public void setDesignFocusAmbition(Boolean designFocusAmbition) {
		this.designFocusAmbition = designFocusAmbition;
	}

	public Boolean getDesignFocusRelevance() {
		return this.designFocusRelevance;
	}

	public void setDesignFocusRelevance(Boolean designFocusRelevance) {
		this.designFocusRelevance = designFocusRelevance;
	}

	public Boolean getDesignFocusVerifiability() {
		return this.designFocusVerifiability;
	}

	public void setDesignFocusVerifiability(Boolean designFocusVerifiability) {
		this.designFocusVerifiability = designFocusVerifiability;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}

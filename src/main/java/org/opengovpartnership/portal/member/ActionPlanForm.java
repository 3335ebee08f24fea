package org.opengovpartnership.portal.member;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.opengovpartnership.portal.system.AdminForms;
import org.opengovpartnership.portal.system.StaleField;

/**
 * What the action plan form edits: the plan, its IRM performance, public participation
 * and star guidance. A null choice means "No IRM data", as on the public page.
 */
public class ActionPlanForm implements StaleField.Form, AdminForms.Versioned {

	@NotNull
	private Long memberId;

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

	/** The values typed, once valid. */
	public ActionPlanDetails details() {
		return new ActionPlanDetails(this.number, this.startYear, this.endYear, this.policyAreaFocus, this.summary,
				this.irmStatus, this.majorCount, this.outstandingCount, this.starredCount, this.developmentLevel,
				this.developmentOpen, this.implementationLevel, this.implementationOpen, this.regularForum,
				this.starFocus, this.designFocusAmbition, this.designFocusRelevance, this.designFocusVerifiability);
	}

	public void fill(ActionPlanDetails details) {
		this.number = details.number();
		this.startYear = details.startYear();
		this.endYear = details.endYear();
		this.policyAreaFocus = details.policyAreaFocus();
		this.summary = details.summary();
		this.irmStatus = details.irmStatus();
		this.majorCount = details.majorCount();
		this.outstandingCount = details.outstandingCount();
		this.starredCount = details.starredCount();
		this.developmentLevel = details.developmentLevel();
		this.developmentOpen = details.developmentOpen();
		this.implementationLevel = details.implementationLevel();
		this.implementationOpen = details.implementationOpen();
		this.regularForum = details.regularForum();
		this.starFocus = details.starFocus();
		this.designFocusAmbition = details.designFocusAmbition();
		this.designFocusRelevance = details.designFocusRelevance();
		this.designFocusVerifiability = details.designFocusVerifiability();
	}

	@AssertTrue(message = "{plan.yearsInOrder}")
	public boolean isYearsInOrder() {
		return this.startYear == null || this.endYear == null || this.endYear >= this.startYear;
	}

	public Long getMemberId() {
		return this.memberId;
	}

	public void setMemberId(Long memberId) {
		this.memberId = memberId;
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

package org.opengovpartnership.portal.country;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.opengovpartnership.portal.audit.AuditTrail;

/**
 * A member's action plan (number 1..n), with its IRM performance, public participation and star guidance.
 */
@Entity
@Table(name = "action_plans")
public class ActionPlan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Country country;

	private int number;

	private int startYear;

	private int endYear;

	private String policyAreaFocus;

	private String summary;

	@Enumerated(EnumType.STRING)
	private IrmStatus irmStatus = IrmStatus.NO_DATA;

	private Integer majorCount;

	private Integer outstandingCount;

	private Integer starredCount;

	@Enumerated(EnumType.STRING)
	private ParticipationLevel developmentLevel;

	private Boolean developmentOpen;

	@Enumerated(EnumType.STRING)
	private ParticipationLevel implementationLevel;

	private Boolean implementationOpen;

	private Boolean regularForum;

	@Enumerated(EnumType.STRING)
	private StarFocus starFocus;

	private Boolean designFocusAmbition;

	private Boolean designFocusRelevance;

	private Boolean designFocusVerifiability;

	@Version
	private long version;

	protected ActionPlan() {
	}

	public ActionPlan(Country country, int number, int startYear, int endYear) {
		this.country = country;
		this.number = number;
		this.startYear = startYear;
		this.endYear = endYear;
	}

	/** "2019-2021", as the OGP pages name a plan. */
	public String getYears() {
		return this.startYear + "-" + this.endYear;
	}

	/** Which design areas the IRM says to improve: "ambition", "relevance", "verifiability". */
	public List<String> getDesignFocusAreas() {
		List<String> areas = new ArrayList<>();
		if (Boolean.TRUE.equals(this.designFocusAmbition)) {
			areas.add("ambition");
		}
		if (Boolean.TRUE.equals(this.designFocusRelevance)) {
			areas.add("relevance");
		}
		if (Boolean.TRUE.equals(this.designFocusVerifiability)) {
			areas.add("verifiability");
		}
		return areas;
	}

	/** The values an audit event records. */
	public Map<String, Object> snapshot() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put(AuditTrail.MEMBER, this.country.getSlug());
		values.put("number", this.number);
		values.put("startYear", this.startYear);
		values.put("endYear", this.endYear);
		values.put("policyAreaFocus", this.policyAreaFocus);
		values.put("summary", this.summary);
		values.put("irmStatus", name(this.irmStatus));
		values.put("majorCount", this.majorCount);
		values.put("outstandingCount", this.outstandingCount);
		values.put("starredCount", this.starredCount);
		values.put("developmentLevel", name(this.developmentLevel));
		values.put("developmentOpen", this.developmentOpen);
		values.put("implementationLevel", name(this.implementationLevel));
		values.put("implementationOpen", this.implementationOpen);
		values.put("regularForum", this.regularForum);
		values.put("starFocus", name(this.starFocus));
		values.put("designFocusAmbition", this.designFocusAmbition);
		values.put("designFocusRelevance", this.designFocusRelevance);
		values.put("designFocusVerifiability", this.designFocusVerifiability);
		return values;
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	void setCountry(Country country) {
		this.country = country;
	}

	public Long getId() {
		return this.id;
	}

	public Country getCountry() {
		return this.country;
	}

	public int getNumber() {
		return this.number;
	}

	public void setNumber(int number) {
		this.number = number;
	}

	public int getStartYear() {
		return this.startYear;
	}

	public void setStartYear(int startYear) {
		this.startYear = startYear;
	}

	public int getEndYear() {
		return this.endYear;
	}

	public void setEndYear(int endYear) {
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

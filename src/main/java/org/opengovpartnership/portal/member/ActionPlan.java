package org.opengovpartnership.portal.member;

import java.util.ArrayList;
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
import org.opengovpartnership.portal.system.AdminEditor;
import org.opengovpartnership.portal.system.AuditValues;

/**
 * A member's action plan (number 1..n), with its IRM performance, public participation
 * and star guidance.
 */
@Entity
@Table(name = "action_plans")
public class ActionPlan implements AdminEditor.Edited {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Member member;

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

	public ActionPlan(Member member, int number, int startYear, int endYear) {
		this.member = member;
		this.number = number;
		this.startYear = startYear;
		this.endYear = endYear;
	}

	/** "2019-2021", as the OGP pages name a plan. */
	public String getYears() {
		return this.startYear + "-" + this.endYear;
	}

	/**
	 * Which design areas the IRM says to improve: "ambition", "relevance",
	 * "verifiability".
	 */
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

	/** What its admin form edits, as one value. */
	public ActionPlanDetails details() {
		return new ActionPlanDetails(this.number, this.startYear, this.endYear, this.policyAreaFocus, this.summary,
				this.irmStatus, this.majorCount, this.outstandingCount, this.starredCount, this.developmentLevel,
				this.developmentOpen, this.implementationLevel, this.implementationOpen, this.regularForum,
				this.starFocus, this.designFocusAmbition, this.designFocusRelevance, this.designFocusVerifiability);
	}

	/** Takes every value of the details. */
	public void apply(ActionPlanDetails details) {
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

	/** The values an audit event records: the details, after the member. */
	@Override
	public Map<String, Object> snapshot() {
		return AuditValues.of(details(), AuditTrail.MEMBER, this.member.getSlug());
	}

	void setMember(Member member) {
		this.member = member;
	}

	public Long getId() {
		return this.id;
	}

	public Member getMember() {
		return this.member;
	}

	public int getNumber() {
		return this.number;
	}

	public int getStartYear() {
		return this.startYear;
	}

	public int getEndYear() {
		return this.endYear;
	}

	public String getPolicyAreaFocus() {
		return this.policyAreaFocus;
	}

	public String getSummary() {
		return this.summary;
	}

	public IrmStatus getIrmStatus() {
		return this.irmStatus;
	}

	public Integer getMajorCount() {
		return this.majorCount;
	}

	public Integer getOutstandingCount() {
		return this.outstandingCount;
	}

	public Integer getStarredCount() {
		return this.starredCount;
	}

	public ParticipationLevel getDevelopmentLevel() {
		return this.developmentLevel;
	}

	public Boolean getDevelopmentOpen() {
		return this.developmentOpen;
	}

	public ParticipationLevel getImplementationLevel() {
		return this.implementationLevel;
	}

	public Boolean getImplementationOpen() {
		return this.implementationOpen;
	}

	public Boolean getRegularForum() {
		return this.regularForum;
	}

	public StarFocus getStarFocus() {
		return this.starFocus;
	}

	public Boolean getDesignFocusAmbition() {
		return this.designFocusAmbition;
	}

	public Boolean getDesignFocusRelevance() {
		return this.designFocusRelevance;
	}

	public Boolean getDesignFocusVerifiability() {
		return this.designFocusVerifiability;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}

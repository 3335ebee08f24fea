package org.opengovpartnership.portal.member;

import java.math.BigDecimal;
import java.util.List;

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

/**
 * One row of the OGP Global Report data: a dimension of a policy area, its action
 * implication, IRM-based finding and third-party score, each possibly missing.
 */
@Entity
@Table(name = "global_report_dimensions")
public class GlobalReportDimension implements MemberRecord<GlobalReportDimensionDetails> {

	/**
	 * The five policy areas of the 2019 Global Report, in the order the page shows them.
	 */
	public static final List<String> POLICY_AREAS = List.of("Anti-Corruption", "Civic Space", "Open Policy Making",
			"Access to Information", "Fiscal Openness");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Member member;

	private int position;

	private String policyArea;

	private String name;

	@Enumerated(EnumType.STRING)
	private ActionImplication actionImplication;

	@Enumerated(EnumType.STRING)
	private IrmFinding irmFinding;

	private BigDecimal thirdPartyScore;

	@Version
	private long version;

	protected GlobalReportDimension() {
	}

	public GlobalReportDimension(Member member, int position, String policyArea) {
		this.member = member;
		this.position = position;
		this.policyArea = policyArea;
	}

	/** What its admin form edits, as one value. */
	@Override
	public GlobalReportDimensionDetails details() {
		return new GlobalReportDimensionDetails(this.policyArea, this.name, this.actionImplication, this.irmFinding,
				this.thirdPartyScore);
	}

	/** Takes every value of the details. */
	@Override
	public void apply(GlobalReportDimensionDetails details) {
		this.policyArea = details.policyArea();
		this.name = details.name();
		this.actionImplication = details.actionImplication();
		this.irmFinding = details.irmFinding();
		this.thirdPartyScore = details.thirdPartyScore();
	}

	@Override
	public void setMember(Member member) {
		this.member = member;
	}

	public Long getId() {
		return this.id;
	}

	public Member getMember() {
		return this.member;
	}

	@Override
	public int getPosition() {
		return this.position;
	}

	public void setPosition(int position) {
		this.position = position;
	}

	public String getPolicyArea() {
		return this.policyArea;
	}

	public String getName() {
		return this.name;
	}

	public ActionImplication getActionImplication() {
		return this.actionImplication;
	}

	public IrmFinding getIrmFinding() {
		return this.irmFinding;
	}

	public BigDecimal getThirdPartyScore() {
		return this.thirdPartyScore;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}

package org.opengovpartnership.portal.country;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the dimension form edits, besides the member and the version ({@link MemberRecordForm}).
 */
public class GlobalReportDimensionForm extends MemberRecordForm {

	/** The five policy areas of {@link GlobalReportDimension#POLICY_AREAS}, as a pattern. */
	static final String POLICY_AREA_PATTERN = "Anti-Corruption|Civic Space|Open Policy Making|Access to Information|Fiscal Openness";

	@NotBlank
	@Pattern(regexp = POLICY_AREA_PATTERN, message = "{dimension.policyArea.unknown}")
	private String policyArea;

	@Size(max = 300)
	private String name;

	private ActionImplication actionImplication;

	private IrmFinding irmFinding;

	@DecimalMin("0")
	@DecimalMax("4")
	@Digits(integer = 1, fraction = 1)
	private BigDecimal thirdPartyScore;

	static GlobalReportDimensionForm from(GlobalReportDimension dimension) {
		GlobalReportDimensionForm form = new GlobalReportDimensionForm();
		form.setCountryId(dimension.getCountry().getId());
		form.policyArea = dimension.getPolicyArea();
		form.name = dimension.getName();
		form.actionImplication = dimension.getActionImplication();
		form.irmFinding = dimension.getIrmFinding();
		form.thirdPartyScore = dimension.getThirdPartyScore();
		form.setVersion(dimension.getVersion());
		return form;
	}

	/** Copies every field but the member and the position, which the caller sets. */
	void applyTo(GlobalReportDimension dimension) {
		dimension.setPolicyArea(this.policyArea);
		dimension.setName(this.name);
		dimension.setActionImplication(this.actionImplication);
		dimension.setIrmFinding(this.irmFinding);
		dimension.setThirdPartyScore(this.thirdPartyScore);
	}

	public String getPolicyArea() {
		return this.policyArea;
	}

	public void setPolicyArea(String policyArea) {
		this.policyArea = policyArea;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public ActionImplication getActionImplication() {
		return this.actionImplication;
	}

	public void setActionImplication(ActionImplication actionImplication) {
		this.actionImplication = actionImplication;
	}

	public IrmFinding getIrmFinding() {
		return this.irmFinding;
	}

	public void setIrmFinding(IrmFinding irmFinding) {
		this.irmFinding = irmFinding;
	}

	public BigDecimal getThirdPartyScore() {
		return this.thirdPartyScore;
	}

	public void setThirdPartyScore(BigDecimal thirdPartyScore) {
		this.thirdPartyScore = thirdPartyScore;
	}

}

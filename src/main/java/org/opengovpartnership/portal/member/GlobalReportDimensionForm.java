package org.opengovpartnership.portal.member;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the dimension form edits, besides the member and the version
 * ({@link MemberRecordForm}).
 */
public class GlobalReportDimensionForm extends MemberRecordForm<GlobalReportDimensionDetails> {

	/**
	 * The five policy areas of {@link GlobalReportDimension#POLICY_AREAS}, as a pattern.
	 */
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

	/** The values typed, once valid. */
	@Override
	public GlobalReportDimensionDetails details() {
		return new GlobalReportDimensionDetails(this.policyArea, this.name, this.actionImplication, this.irmFinding,
				this.thirdPartyScore);
	}

	@Override
	public void fill(GlobalReportDimensionDetails details) {
		this.policyArea = details.policyArea();
		this.name = details.name();
		this.actionImplication = details.actionImplication();
		this.irmFinding = details.irmFinding();
		this.thirdPartyScore = details.thirdPartyScore();
	}

}

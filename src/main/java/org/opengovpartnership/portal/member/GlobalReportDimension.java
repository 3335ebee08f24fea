package org.opengovpartnership.portal.member;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One row of the OGP Global Report data: a dimension of a policy area, its action
 * implication, IRM-based finding and third-party score, each possibly missing.
 */
@Entity
@Table(name = "global_report_dimensions")
public class GlobalReportDimension extends MemberRecord<GlobalReportDimensionDetails> {

	/**
	 * The five policy areas of the 2019 Global Report, in the order the page shows them.
	 */
	public static final List<String> POLICY_AREAS = List.of("Anti-Corruption", "Civic Space", "Open Policy Making",
			"Access to Information", "Fiscal Openness");

	protected GlobalReportDimension() {
	}

	public GlobalReportDimension(Member member, int position, String policyArea) {
		super(member, position, new GlobalReportDimensionDetails(policyArea, null, null, null, null));
	}

}

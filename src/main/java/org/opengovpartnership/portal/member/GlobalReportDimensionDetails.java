package org.opengovpartnership.portal.member;

import java.math.BigDecimal;

/**
 * A Global Report row's values: the policy area, its name, the implication, the IRM
 * finding and the score.
 */
public record GlobalReportDimensionDetails(String policyArea, String name, ActionImplication actionImplication,
		IrmFinding irmFinding, BigDecimal thirdPartyScore) {
}

package org.opengovpartnership.portal.member;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A Global Report row's values: the policy area, its name, the implication, the IRM
 * finding and the score; each component is the column of the same name in
 * {@code global_report_dimensions}.
 */
@Embeddable
public record GlobalReportDimensionDetails(String policyArea, String name,
		@Enumerated(EnumType.STRING) ActionImplication actionImplication,
		@Enumerated(EnumType.STRING) IrmFinding irmFinding, BigDecimal thirdPartyScore) {
}

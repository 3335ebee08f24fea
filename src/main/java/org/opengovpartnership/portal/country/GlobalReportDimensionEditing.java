package org.opengovpartnership.portal.country;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Global Report rows in the admin forms ({@link MemberRecordAdminController}); the public counterpart is the member
 * page's "Global Report" section.
 */
@Configuration(proxyBeanMethods = false)
class GlobalReportDimensionEditing {

	@Bean
	MemberRecordKind<GlobalReportDimension, GlobalReportDimensionDetails, GlobalReportDimensionForm> dimensionsKind(
			GlobalReportDimensionRepository dimensions, CountryRepository countries) {
		return new MemberRecordKind<>("dimensions", "dimension", "GlobalReportDimension", dimensions,
				countries, GlobalReportDimensionForm.class, GlobalReportDimensionForm::new,
				(country, details) -> new GlobalReportDimension(country, 0, details.policyArea()),
				model -> {
					model.addAttribute("policyAreas", GlobalReportDimension.POLICY_AREAS);
					model.addAttribute("implications", ActionImplication.values());
					model.addAttribute("findings", IrmFinding.values());
				});
	}

}

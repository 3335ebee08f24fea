package org.opengovpartnership.portal.member;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Global Report rows in the admin forms ({@link MemberRecordAdminController}); the public
 * counterpart is the member page's "Global Report" section.
 */
@Configuration(proxyBeanMethods = false)
class GlobalReportDimensionEditing {

	@Bean
	MemberRecordKind<GlobalReportDimension, GlobalReportDimensionDetails, GlobalReportDimensionForm> dimensionsKind(
			GlobalReportDimensionRepository dimensions, MemberRepository members) {
		return new MemberRecordKind<>("dimensions", "dimension", "GlobalReportDimension", dimensions, members,
				GlobalReportDimensionForm.class, GlobalReportDimensionForm::new,
				(member, details) -> new GlobalReportDimension(member, 0, details.policyArea()), model -> {
					model.addAttribute("policyAreas", GlobalReportDimension.POLICY_AREAS);
					model.addAttribute("implications", ActionImplication.values());
					model.addAttribute("findings", IrmFinding.values());
				});
	}

}

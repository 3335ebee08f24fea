package org.opengovpartnership.portal.country;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Admin forms for Global Report rows: list, create, edit and delete (see {@link MemberRecordAdminController}); the
 * public counterpart is the member page's "OGP Global Report data" section.
 */
@Controller
@RequestMapping("/admin/dimensions")
class GlobalReportDimensionAdminController extends MemberRecordAdminController<GlobalReportDimensionForm> {

	GlobalReportDimensionAdminController(GlobalReportDimensionAdminService service, CountryRepository countries) {
		super("dimensions", "dimension", service, countries);
	}

	@Override
	protected GlobalReportDimensionForm newForm() {
		return new GlobalReportDimensionForm();
	}

	@Override
	protected void addChoices(Model model) {
		model.addAttribute("policyAreas", GlobalReportDimension.POLICY_AREAS);
		model.addAttribute("implications", ActionImplication.values());
		model.addAttribute("findings", IrmFinding.values());
	}

}

package org.opengovpartnership.portal.resource;

import org.opengovpartnership.portal.country.CountryRepository;
import org.opengovpartnership.portal.country.MemberRecordAdminController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Admin forms for resources: list, create, edit and delete (see {@link MemberRecordAdminController}); the public
 * counterparts are the member page's "Resources" section and {@link MemberResourceController}.
 */
@Controller
@RequestMapping("/admin/resources")
class MemberResourceAdminController extends MemberRecordAdminController<MemberResourceForm> {

	MemberResourceAdminController(MemberResourceAdminService service, CountryRepository countries) {
		super("resources", "resource", service, countries);
	}

	@Override
	protected MemberResourceForm newForm() {
		return new MemberResourceForm();
	}

	@Override
	protected void addChoices(Model model) {
		model.addAttribute("types", MemberResourceForm.TYPES);
	}

}

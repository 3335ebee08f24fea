package org.opengovpartnership.portal.country;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Admin forms for contacts: list, create, edit and delete (see {@link MemberRecordAdminController}); the public
 * counterpart is the member page's "Contacts" section.
 */
@Controller
@RequestMapping("/admin/contacts")
class ContactAdminController extends MemberRecordAdminController<ContactForm> {

	ContactAdminController(ContactAdminService service, CountryRepository countries) {
		super("contacts", "contact", service, countries);
	}

	@Override
	protected ContactForm newForm() {
		return new ContactForm();
	}

}

package org.opengovpartnership.portal.country;

import org.opengovpartnership.portal.audit.AuditTrail;
import org.springframework.stereotype.Service;

/**
 * Creates, updates and deletes contacts from the admin form (see {@link MemberRecordAdminService}).
 */
@Service
class ContactAdminService extends MemberRecordAdminService<Contact, ContactForm> {

	static final String SUBJECT = "Contact";

	ContactAdminService(ContactRepository contacts, CountryRepository countries, AuditTrail audit) {
		super(SUBJECT, contacts, countries, audit);
	}

	@Override
	protected Contact newRecord(Country country, int position, ContactForm form) {
		Contact contact = new Contact(form.getName(), form.getRole(), form.getEmail());
		contact.setCountry(country);
		contact.setPosition(position);
		return contact;
	}

	@Override
	protected void apply(ContactForm form, Contact contact) {
		form.applyTo(contact);
	}

	@Override
	protected ContactForm formOf(Contact contact) {
		return ContactForm.from(contact);
	}

}

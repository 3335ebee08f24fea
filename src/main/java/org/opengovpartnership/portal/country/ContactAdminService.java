package org.opengovpartnership.portal.country;

import java.util.Map;

import org.opengovpartnership.portal.audit.AuditAction;
import org.opengovpartnership.portal.audit.AuditTrail;
import org.opengovpartnership.portal.system.NotFoundException;
import org.opengovpartnership.portal.system.StaleRecordException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Creates, updates and deletes contacts from the admin form, each change with its audit event in one transaction. A new
 * contact, or one moved to another member, goes last among that member's; otherwise positions are kept. Refuses a save
 * based on an older version than the stored one.
 */
@Service
class ContactAdminService {

	static final String SUBJECT = "Contact";

	private final ContactRepository contacts;

	private final CountryRepository countries;

	private final AuditTrail audit;

	ContactAdminService(ContactRepository contacts, CountryRepository countries, AuditTrail audit) {
		this.contacts = contacts;
		this.countries = countries;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	ContactForm formFor(long id) {
		return ContactForm.from(load(id));
	}

	/** @return the new contact's id, or null when the form has errors (added to {@code errors}) */
	@Transactional
	Long create(ContactForm form, Errors errors) {
		Country country = member(form, errors);
		if (errors.hasErrors()) {
			return null;
		}
		Contact contact = new Contact(form.getName(), form.getRole(), form.getEmail());
		contact.setCountry(country);
		contact.setPosition(this.contacts.maxPosition(country) + 1);
		form.applyTo(contact);
		this.contacts.save(contact);
		this.audit.record(AuditAction.CREATE, SUBJECT, String.valueOf(contact.getId()), country.getSlug(), null,
				contact.snapshot());
		return contact.getId();
	}

	/** @return whether the contact was saved; false when the form has errors (added to {@code errors}) */
	@Transactional
	boolean update(long id, ContactForm form, Errors errors) {
		Contact contact = load(id);
		if (contact.getVersion() != form.getVersion()) {
			throw new StaleRecordException(ContactForm.from(contact));
		}
		Country country = member(form, errors);
		if (errors.hasErrors()) {
			return false;
		}
		Map<String, Object> before = contact.snapshot();
		if (!country.getId().equals(contact.getCountry().getId())) {
			contact.setCountry(country);
			contact.setPosition(this.contacts.maxPosition(country) + 1);
		}
		form.applyTo(contact);
		this.contacts.save(contact);
		this.audit.record(AuditAction.UPDATE, SUBJECT, String.valueOf(id), country.getSlug(), before,
				contact.snapshot());
		return true;
	}

	/** @return the id of the member the contact belonged to */
	@Transactional
	long delete(long id, long version) {
		Contact contact = load(id);
		if (contact.getVersion() != version) {
			throw new StaleRecordException(ContactForm.from(contact));
		}
		this.audit.record(AuditAction.DELETE, SUBJECT, String.valueOf(id), contact.getCountry().getSlug(),
				contact.snapshot(), null);
		this.contacts.delete(contact);
		return contact.getCountry().getId();
	}

	/** @return the chosen member, or null when none is chosen (a Bean Validation error) or it does not exist */
	private Country member(ContactForm form, Errors errors) {
		if (form.getCountryId() == null) {
			return null;
		}
		Country country = this.countries.findById(form.getCountryId()).orElse(null);
		if (country == null) {
			errors.rejectValue("countryId", "member.unknown");
		}
		return country;
	}

	private Contact load(long id) {
		return this.contacts.findForEditById(id).orElseThrow(NotFoundException::new);
	}

}

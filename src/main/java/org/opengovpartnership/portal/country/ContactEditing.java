package org.opengovpartnership.portal.country;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Contacts in the admin forms ({@link MemberRecordAdminController}); the public counterpart is the member page's
 * "Contacts" section.
 */
@Configuration(proxyBeanMethods = false)
class ContactEditing {

	@Bean
	MemberRecordKind<Contact, ContactDetails, ContactForm> contactsKind(
			ContactRepository contacts, CountryRepository countries) {
		return new MemberRecordKind<>("contacts", "contact", "Contact", contacts,
				countries, ContactForm.class, ContactForm::new,
				(country, details) -> new Contact(country),
				model -> {
				});
	}

}

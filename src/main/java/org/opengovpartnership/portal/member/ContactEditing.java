package org.opengovpartnership.portal.member;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Contacts in the admin forms ({@link MemberRecordAdminController}); the public
 * counterpart is the member page's "Contacts" section.
 */
@Configuration(proxyBeanMethods = false)
class ContactEditing {

	@Bean
	MemberRecordKind<Contact, ContactDetails, ContactForm> contactsKind(ContactRepository contacts,
			MemberRepository members) {
		return new MemberRecordKind<>("contacts", "contact", "Contact", contacts, members, ContactForm.class,
				ContactForm::new, (member, details) -> new Contact(member), model -> {
				});
	}

}

package org.opengovpartnership.portal.member;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the contact form edits, besides the member and the version
 * ({@link MemberRecordForm}).
 */
public class ContactForm extends MemberRecordForm<ContactDetails> {

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 500)
	private String role;

	@Email
	@Size(max = 320)
	private String email;

	/** The values typed, once valid. */
	@Override
	public ContactDetails details() {
		return new ContactDetails(this.name, this.role, this.email);
	}

	@Override
	public void fill(ContactDetails details) {
		this.name = details.name();
		this.role = details.role();
		this.email = details.email();
	}

}

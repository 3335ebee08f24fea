package org.opengovpartnership.portal.country;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the contact form edits, besides the member and the version ({@link MemberRecordForm}).
 */
public class ContactForm extends MemberRecordForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 500)
	private String role;

	@Email
	@Size(max = 320)
	private String email;

	static ContactForm from(Contact contact) {
		ContactForm form = new ContactForm();
		form.setCountryId(contact.getCountry().getId());
		form.name = contact.getName();
		form.role = contact.getRole();
		form.email = contact.getEmail();
		form.setVersion(contact.getVersion());
		return form;
	}

	/** Copies every field but the member and the position, which the caller sets. */
	void applyTo(Contact contact) {
		contact.setName(this.name);
		contact.setRole(this.role);
		contact.setEmail(this.email);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getRole() {
		return this.role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

}

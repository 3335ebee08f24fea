package org.opengovpartnership.portal.member;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A person citizens can write to about a member's OGP process.
 */
@Entity
@Table(name = "contacts")
public class Contact extends MemberRecord<ContactDetails> {

	@Embedded
	private ContactDetails details;

	protected Contact() {
	}

	/** A contact of the member, with no values yet. */
	Contact(Member member) {
		super(member, 0);
	}

	public Contact(String name, String role, String email) {
		this.details = new ContactDetails(name, role, email);
	}

	@Override
	public ContactDetails details() {
		return this.details;
	}

	@Override
	public void apply(ContactDetails details) {
		this.details = details;
	}

}

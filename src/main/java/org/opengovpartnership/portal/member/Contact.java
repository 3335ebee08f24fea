package org.opengovpartnership.portal.member;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A person citizens can write to about a member's OGP process.
 */
@Entity
@Table(name = "contacts")
public class Contact extends MemberRecord<ContactDetails> {

	protected Contact() {
	}

	/** A contact of the member, with no values yet. */
	Contact(Member member) {
		super(member, 0, null);
	}

	public Contact(String name, String role, String email) {
		super(null, 0, new ContactDetails(name, role, email));
	}

}

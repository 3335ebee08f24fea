package org.opengovpartnership.portal.member;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person citizens can write to about a member's OGP process.
 */
@Entity
@Table(name = "contacts")
public class Contact implements MemberRecord<ContactDetails> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Member member;

	private int position;

	private String name;

	private String role;

	private String email;

	@Version
	private long version;

	protected Contact() {
	}

	/** A contact of the member, with no values yet. */
	Contact(Member member) {
		this.member = member;
	}

	public Contact(String name, String role, String email) {
		this.name = name;
		this.role = role;
		this.email = email;
	}

	/** What its admin form edits, as one value. */
	@Override
	public ContactDetails details() {
		return new ContactDetails(this.name, this.role, this.email);
	}

	/** Takes every value of the details. */
	@Override
	public void apply(ContactDetails details) {
		this.name = details.name();
		this.role = details.role();
		this.email = details.email();
	}

	public Long getId() {
		return this.id;
	}

	public Member getMember() {
		return this.member;
	}

	@Override
	public void setMember(Member member) {
		this.member = member;
	}

	@Override
	public int getPosition() {
		return this.position;
	}

	public void setPosition(int position) {
		this.position = position;
	}

	public String getName() {
		return this.name;
	}

	public String getRole() {
		return this.role;
	}

	public String getEmail() {
		return this.email;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}

package org.opengovpartnership.portal.country;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.opengovpartnership.portal.audit.AuditTrail;

/**
 * A person citizens can write to about a member's OGP process.
 */
@Entity
@Table(name = "contacts")
public class Contact implements MemberRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Country country;

	private int position;

	private String name;

	private String role;

	private String email;

	@Version
	private long version;

	protected Contact() {
	}

	public Contact(String name, String role, String email) {
		this.name = name;
		this.role = role;
		this.email = email;
	}

	/** The values an audit event records. */
	public Map<String, Object> snapshot() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put(AuditTrail.MEMBER, this.country.getSlug());
		values.put("position", this.position);
		values.put("name", this.name);
		values.put("role", this.role);
		values.put("email", this.email);
		return values;
	}

	public Long getId() {
		return this.id;
	}

	public Country getCountry() {
		return this.country;
	}

	@Override
	public void setCountry(Country country) {
		this.country = country;
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

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}

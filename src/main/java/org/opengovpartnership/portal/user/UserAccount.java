package org.opengovpartnership.portal.user;

import java.time.Instant;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.opengovpartnership.portal.system.AdminEditor;
import org.opengovpartnership.portal.system.AuditValues;

/**
 * Someone who signs in to keep the records; the password is only ever stored hashed.
 */
@Entity
@Table(name = "users")
class UserAccount implements AdminEditor.Edited {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean enabled = true;

	private Instant createdAt;

	@Version
	private long version;

	protected UserAccount() {
	}

	UserAccount(String username, String passwordHash, Role role, Instant createdAt) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.createdAt = createdAt;
	}

	/** Its values, but the password. */
	UserDetails details() {
		return new UserDetails(this.username, this.role, this.enabled);
	}

	/** The values an audit event records: the details, never the password or its hash. */
	@Override
	public Map<String, Object> snapshot() {
		return AuditValues.of(details());
	}

	Long getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	Role getRole() {
		return this.role;
	}

	void setRole(Role role) {
		this.role = role;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}

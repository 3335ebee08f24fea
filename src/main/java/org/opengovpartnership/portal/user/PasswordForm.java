package org.opengovpartnership.portal.user;

import jakarta.validation.constraints.NotNull;

/**
 * The new password an admin types for an account; the version detects a change made
 * meanwhile.
 */
public class PasswordForm {

	@NotNull
	@AcceptablePassword
	private String password;

	private long version;

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}

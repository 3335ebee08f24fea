package org.opengovpartnership.portal.user;

import java.nio.charset.StandardCharsets;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The new password an admin types for an account; the version detects a change made meanwhile.
 */
public class PasswordForm {

	static final int MIN_LENGTH = 12;

	static final int MAX_BYTES = 72;

	@NotNull
	@Size(min = MIN_LENGTH, max = MAX_BYTES, message = "{user.password.size}")
	private String password;

	private long version;

	/** BCrypt reads at most 72 bytes; a longer password would be refused when hashed. */
	@AssertTrue(message = "{user.password.size}")
	public boolean isPasswordHashable() {
		return this.password == null || this.password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
	}

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

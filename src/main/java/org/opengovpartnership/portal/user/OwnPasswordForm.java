package org.opengovpartnership.portal.user;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * What a signed-in person types to change their own password: the current one, to show it
 * is them, and the new one.
 */
public class OwnPasswordForm {

	@NotEmpty
	private String currentPassword;

	@NotNull
	@AcceptablePassword
	private String newPassword;

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

}

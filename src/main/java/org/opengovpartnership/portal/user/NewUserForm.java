package org.opengovpartnership.portal.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an admin types to add an editor or admin. Uniqueness of the name, ignoring case,
 * is checked by {@link UserAdminService}.
 */
public class NewUserForm {

	@NotBlank
	@Size(min = 3, max = 50, message = "{user.username.size}")
	@Pattern(regexp = "[A-Za-z0-9._-]*", message = "{user.username.pattern}")
	private String username;

	@NotNull
	@AcceptablePassword
	private String password;

	@NotNull
	private Role role = Role.EDITOR;

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

}

package org.opengovpartnership.portal.user;

import java.time.Instant;

/**
 * An account as the user admin pages show it: no password hash ever leaves
 * {@link UserAccount}.
 */
public record UserSummary(long id, String username, Role role, boolean enabled, Instant createdAt, long version) {

	static UserSummary of(UserAccount account) {
		return new UserSummary(account.getId(), account.getUsername(), account.getRole(), account.isEnabled(),
				account.getCreatedAt(), account.getVersion());
	}

}

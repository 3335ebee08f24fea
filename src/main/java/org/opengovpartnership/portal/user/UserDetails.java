package org.opengovpartnership.portal.user;

/**
 * An account's values as the audit trail keeps them: its name, role and whether it may
 * sign in; never the password or its hash.
 */
public record UserDetails(String username, Role role, boolean enabled) {
}

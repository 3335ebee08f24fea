package org.opengovpartnership.portal.member;

/**
 * A contact's values: who, in which role, at which address.
 */
public record ContactDetails(String name, String role, String email) {
}

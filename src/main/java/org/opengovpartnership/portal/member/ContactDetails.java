package org.opengovpartnership.portal.member;

import jakarta.persistence.Embeddable;

/**
 * A contact's values: who, in which role, at which address; each component is the column
 * of the same name in {@code contacts}.
 */
@Embeddable
public record ContactDetails(String name, String role, String email) {
}

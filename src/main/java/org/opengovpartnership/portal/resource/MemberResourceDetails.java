package org.opengovpartnership.portal.resource;

import jakarta.persistence.Embeddable;

/**
 * A resource's values: its title, year, type, format and link; each component is the
 * column of the same name in {@code resources}.
 */
@Embeddable
public record MemberResourceDetails(String title, Integer publishedYear, String type, String format, String link) {
}

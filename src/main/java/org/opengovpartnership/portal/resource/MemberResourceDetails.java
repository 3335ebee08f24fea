package org.opengovpartnership.portal.resource;

/**
 * A resource's values: its title, year, type, format and link.
 */
public record MemberResourceDetails(String title, Integer publishedYear, String type, String format, String link) {
}

package org.opengovpartnership.portal.commitment;

/**
 * A link to what shows a milestone's progress: a document or a page, with its title; the
 * URL is http(s).
 */
public record Evidence(String title, String url) {
}

package org.opengovpartnership.portal.commitment;

/**
 * Where a commitment's public page is: its member's slug and its code.
 */
public record CommitmentAddress(String slug, String code) {

}

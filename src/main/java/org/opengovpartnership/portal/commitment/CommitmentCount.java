package org.opengovpartnership.portal.commitment;

/**
 * How many commitments a member or a plan has.
 *
 * @param id the member's or the plan's id
 */
public record CommitmentCount(Long id, long commitments) {
}

package org.opengovpartnership.portal.member;

/**
 * One line of the members list: who, where, since when, the current plan and how many
 * commitments in all.
 *
 * @param partial whether the member's data comes from a file that holds only part of its
 * commitments
 */
public record MemberSummary(String slug, String name, String region, Integer memberSince, Integer currentPlanNumber,
		long commitmentCount, boolean partial) {
}

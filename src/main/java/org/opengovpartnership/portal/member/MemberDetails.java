package org.opengovpartnership.portal.member;

/**
 * A member's values as its admin form edits them: its names, region, membership and the
 * figures its page shows.
 */
public record MemberDetails(String slug, String name, String iso3, String region, Integer memberSince,
		GovernmentLevel governmentLevel, String dashboardUrl, Integer globalMostFirst, Integer globalMostSecond,
		Integer regionalMostFirst, Integer regionalMostSecond, Integer globalStarAveragePercent) {
}

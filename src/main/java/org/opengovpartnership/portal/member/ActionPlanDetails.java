package org.opengovpartnership.portal.member;

/**
 * An action plan's values: its number and years, IRM performance, public participation
 * and star guidance.
 */
public record ActionPlanDetails(int number, int startYear, int endYear, String policyAreaFocus, String summary,
		IrmStatus irmStatus, Integer majorCount, Integer outstandingCount, Integer starredCount,
		ParticipationLevel developmentLevel, Boolean developmentOpen, ParticipationLevel implementationLevel,
		Boolean implementationOpen, Boolean regularForum, StarFocus starFocus, Boolean designFocusAmbition,
		Boolean designFocusRelevance, Boolean designFocusVerifiability) {
}

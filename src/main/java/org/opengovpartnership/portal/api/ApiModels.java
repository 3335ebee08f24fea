package org.opengovpartnership.portal.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the JSON API returns: read-only views of members, their action plans, commitments and resources.
 */
final class ApiModels {

	private ApiModels() {
	}

	/** An OGP member: a country or a locality. */
	record Member(String slug, String name, String iso3, String region, Integer memberSince, String governmentLevel,
			Integer currentActionPlan, long commitmentCount) {
	}

	/** A member's action plan with its IRM performance figures. */
	record ActionPlan(int number, int startYear, int endYear, String policyAreaFocus, String summary,
			String irmStatus, Integer majorCount, Integer outstandingCount, Integer starredCount,
			long commitmentCount) {
	}

	/** A commitment with its IRM assessment and milestones; null is a missing value. */
	record Commitment(String code, String member, String memberName, int actionPlan, Integer number, String title,
			String shortTitle, String description, String leadInstitution, String supportingInstitutions,
			String primaryPolicyArea, List<String> policyAreas, String status, LocalDate startDate, LocalDate endDate,
			Irm irm, List<Milestone> milestones, Integer overallProgress, Instant updatedAt) {
	}

	/** The Independent Reporting Mechanism's assessment of a commitment, as OGP words it. */
	record Irm(String verifiable, String relevance, String potentialImpact, String completion,
			String openedGovernment, String earlyResults, Boolean starred) {
	}

	/** A step of a commitment. */
	record Milestone(int position, String title, LocalDate startDate, LocalDate endDate, String status,
			Integer progress) {
	}

	/** A document about a member. */
	record Resource(String title, Integer year, String type, String format, String link) {
	}

}

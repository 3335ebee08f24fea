package org.opengovpartnership.portal.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.opengovpartnership.portal.commitment.CommitmentDetails;
import org.opengovpartnership.portal.commitment.MilestoneDetails;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What the JSON API returns: read-only views of members, their action plans, commitments
 * and resources.
 */
final class ApiModels {

	private ApiModels() {
	}

	/** An OGP member: a member or a locality. */
	record Member(String slug, String name, String iso3, String region, Integer memberSince, String governmentLevel,
			Integer currentActionPlan, long commitmentCount,
			@Schema(description = "Where the member's data comes from and how complete it is") Provenance provenance) {

		/** The row of the API's member query: the provenance's columns come flat. */
		Member(String slug, String name, String iso3, String region, Integer memberSince, String governmentLevel,
				Integer currentActionPlan, long commitmentCount,
				org.opengovpartnership.portal.member.Provenance.Source source, String fileName, LocalDate importedOn,
				Integer sourceCommitments, String planNumbers, boolean partial) {
			this(slug, name, iso3, region, memberSince, governmentLevel, currentActionPlan, commitmentCount,
					Provenance.of(new org.opengovpartnership.portal.member.Provenance(source, fileName, importedOn,
							sourceCommitments, planNumbers, partial)));
		}

	}

	/** Where a member's data comes from, as its page says it. */
	@Schema(description = "Where a member's data comes from: seeded from OGP's member page, imported from a file of "
			+ "OGP's commitment sheet, or entered in the portal")
	record Provenance(
			@Schema(description = "SEED: seeded from OGP's member page; IMPORT: imported from OGP's commitment sheet; "
					+ "ENTERED: entered in the portal by its editors",
					allowableValues = {
							"SEED", "IMPORT", "ENTERED" }) String source,
			@Schema(description = "The name of the imported file; null when not imported or imported before the "
					+ "portal recorded it", example = "ogp-commitments-open-parliament-2024-07.csv") String fileName,
			@Schema(description = "The day of that import") LocalDate importedOn,
			@Schema(description = "How many of the member's commitments that file holds") Integer commitmentCount,
			@Schema(description = "The numbers of the action plans of those commitments") List<Integer> actionPlans,
			@Schema(description = "True when the file holds only part of the member's commitments (OGP's "
					+ "open-parliament export: only its parliament commitments), so counts and the current plan are "
					+ "incomplete") boolean partial){

		static Provenance of(org.opengovpartnership.portal.member.Provenance provenance) {
			return new Provenance((provenance.source() != null) ? provenance.source().name() : "ENTERED",
					provenance.fileName(), provenance.importedOn(), provenance.commitmentCount(), provenance.plans(),
					provenance.partial());
		}

	}

	/** A member's action plan with its IRM performance figures. */
	record ActionPlan(int number, int startYear, int endYear, String policyAreaFocus, String summary, String irmStatus,
			Integer majorCount, Integer outstandingCount, Integer starredCount, long commitmentCount) {
	}

	/** A commitment with its IRM assessment and milestones; null is a missing value. */
	record Commitment(String code, String member, String memberName, int actionPlan, Integer number, String title,
			String shortTitle, String description, String leadInstitution, String supportingInstitutions,
			String primaryPolicyArea, List<String> policyAreas, String status, LocalDate startDate, LocalDate endDate,
			Irm irm, List<Milestone> milestones, Integer overallProgress, Instant updatedAt) {
	}

	/**
	 * The Independent Reporting Mechanism's assessment of a commitment, as OGP words it.
	 */
	record Irm(String verifiable, String relevance, String potentialImpact, String completion, String openedGovernment,
			String earlyResults, Boolean starred) {

		/**
		 * The IRM part of a commitment's details, as the API has named it since its first
		 * version.
		 */
		static Irm of(CommitmentDetails details) {
			return new Irm(details.irmVerifiable(), details.irmRelevance(), details.irmPotentialImpact(),
					details.irmCompletion(), details.irmOpenedGovernment(), details.irmEarlyResults(),
					details.irmStarred());
		}

	}

	/** A step of a commitment. */
	record Milestone(int position, String title, LocalDate startDate, LocalDate endDate, String status,
			Integer progress) {

		static Milestone of(int position, MilestoneDetails details) {
			return new Milestone(position, details.title(), details.startDate(), details.endDate(),
					(details.status() != null) ? details.status().name() : null, details.progress());
		}

	}

	/** A document about a member. */
	record Resource(String title, Integer year, String type, String format, String link) {
	}

}

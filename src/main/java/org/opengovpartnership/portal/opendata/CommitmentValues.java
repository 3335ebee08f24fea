package org.opengovpartnership.portal.opendata;

import java.time.LocalDate;
import java.util.SortedSet;

import org.opengovpartnership.portal.commitment.CommitmentStatus;
import org.opengovpartnership.portal.country.GovernmentLevel;

/**
 * One row of OGP's commitment sheet as the portal reads it: the member and action plan it belongs to, and the
 * commitment's own fields. Null is a missing value.
 *
 * @param policyAreas the names of the policy-area columns marked 1
 */
record CommitmentValues(String code, String memberName, String memberCode, String region, GovernmentLevel level,
		int planNumber, int planStartYear, int planEndYear, Integer number, String title, String shortTitle,
		String description, LocalDate startDate, LocalDate endDate, String leadInstitution,
		String supportingInstitutions, CommitmentStatus status, String irmVerifiable, String irmRelevance,
		String irmPotentialImpact, String irmCompletion, String irmOpenedGovernment, String irmEarlyResults,
		Boolean irmStarred, SortedSet<String> policyAreas) {
}

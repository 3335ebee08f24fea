package org.opengovpartnership.portal.opendata;

import java.util.SortedSet;

import org.opengovpartnership.portal.commitment.CommitmentDetails;
import org.opengovpartnership.portal.member.GovernmentLevel;

/**
 * One row of OGP's commitment sheet as the portal reads it: the member and action plan it
 * belongs to, and the commitment's own details. Null is a missing value.
 *
 * @param policyAreas the names of the policy-area columns marked 1
 */
record CommitmentValues(String memberName, String memberCode, String region, GovernmentLevel level, int planNumber,
		int planStartYear, int planEndYear, CommitmentDetails details, SortedSet<String> policyAreas) {

	String code() {
		return this.details.code();
	}

}

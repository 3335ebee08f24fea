package org.opengovpartnership.portal.commitment;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommitmentDetailsTests {

	@Test
	void recordsDatesAndStatusAsTextUnderTheKeysTheAuditHistoryHasAlwaysUsed() {
		CommitmentDetails details = new CommitmentDetails("MX0075", 3, "Citizen oversight", null, null, null, null,
				CommitmentStatus.ACTIVE, LocalDate.of(2024, 1, 31), null, "Yes", "Access to Information, Civic Participation",
				null, "Substantial", null, null, true);

		assertThat(details.values()).containsExactly(entry("code", "MX0075"), entry("number", 3),
				entry("title", "Citizen oversight"), entry("shortTitle", null), entry("description", null),
				entry("leadInstitution", null), entry("supportingInstitutions", null), entry("status", "ACTIVE"),
				entry("startDate", "2024-01-31"), entry("endDate", null), entry("irmVerifiable", "Yes"),
				entry("irmRelevance", "Access to Information, Civic Participation"), entry("irmPotentialImpact", null),
				entry("irmCompletion", "Substantial"), entry("irmOpenedGovernment", null),
				entry("irmEarlyResults", null), entry("irmStarred", true));
		assertThat(details.irmRelevanceValues()).containsExactly("Access to Information", "Civic Participation");
	}

	private static java.util.Map.Entry<String, Object> entry(String key, Object value) {
		return new java.util.AbstractMap.SimpleEntry<>(key, value);
	}

}

package org.opengovpartnership.portal.commitment;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class CommitmentDetailsTests {

	@Test
	void recordsDatesAndStatusAsTextUnderTheKeysTheAuditHistoryHasAlwaysUsed() {
		Commitment commitment = new Commitment(null, "MX0075", "Citizen oversight");
		commitment.setNumber(3);
		commitment.setStatus(CommitmentStatus.ACTIVE);
		commitment.setStartDate(LocalDate.of(2024, 1, 31));
		commitment.setIrmRelevance("Access to Information, Civic Participation");
		commitment.setIrmStarred(true);

		assertThat(commitment.details().values()).contains(entry("code", "MX0075"), entry("number", 3),
				entry("title", "Citizen oversight"), entry("status", "ACTIVE"), entry("startDate", "2024-01-31"),
				entry("endDate", null), entry("irmRelevance", "Access to Information, Civic Participation"),
				entry("irmStarred", true));
		assertThat(commitment.details().values()).containsOnlyKeys(CommitmentDetails.FIELDS);
		assertThat(commitment.details().irmRelevanceValues()).containsExactly("Access to Information",
				"Civic Participation");
	}

	@Test
	void givesBackWhatItWasAppliedFrom() {
		Commitment commitment = new Commitment(null, "MX0075", "Citizen oversight");
		commitment.setLeadInstitution("Secretaría de la Función Pública");
		commitment.setIrmCompletion("Substantial");
		CommitmentDetails details = commitment.details();

		Commitment copy = new Commitment(null, "XX0001", "Other");
		copy.apply(details);

		assertThat(copy.details()).isEqualTo(details);
		assertThat(copy.getLeadInstitution()).isEqualTo("Secretaría de la Función Pública");
	}

}

package org.opengovpartnership.portal.results;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The levels of the IRM scales: their keys and the stored IRM values they stand for. */
class LevelTests {

	@Test
	void keyIsTheConstantsNameInCamelCase() {
		assertThat(Completion.NOT_STARTED.key()).isEqualTo("notStarted");
		assertThat(Completion.COMPLETE.key()).isEqualTo("complete");
		assertThat(OpenedGovernment.DID_NOT_CHANGE.key()).isEqualTo("didNotChange");
		assertThat(PotentialImpact.NOT_ASSESSED.key()).isEqualTo("notAssessed");
	}

	@Test
	void storedIrmValuesFindTheirLevelIgnoringCase() {
		assertThat(Completion.of("Not Started")).isEqualTo(Completion.NOT_STARTED);
		assertThat(Completion.of("complete")).isEqualTo(Completion.COMPLETE);
		assertThat(OpenedGovernment.of("Worsens")).isEqualTo(OpenedGovernment.WORSENED);
		assertThat(OpenedGovernment.of("OUTSTANDING")).isEqualTo(OpenedGovernment.OUTSTANDING);
		assertThat(PotentialImpact.of("None")).isEqualTo(PotentialImpact.NONE);
		assertThat(PotentialImpact.of("Transformative")).isEqualTo(PotentialImpact.TRANSFORMATIVE);
	}

	@Test
	void noValueOrOneOfNoLevelIsNotAssessed() {
		assertThat(Completion.of(null)).isEqualTo(Completion.NOT_ASSESSED);
		assertThat(Completion.of("Withdrawn")).isEqualTo(Completion.NOT_ASSESSED);
		assertThat(Completion.of("Unclear")).isEqualTo(Completion.NOT_ASSESSED);
		assertThat(OpenedGovernment.of("No early results to report yet")).isEqualTo(OpenedGovernment.NOT_ASSESSED);
		assertThat(PotentialImpact.of("")).isEqualTo(PotentialImpact.NOT_ASSESSED);
	}

}

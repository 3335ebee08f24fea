package org.opengovpartnership.portal.commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.system.Records;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commitment's progress: the weighted share of its complete milestones.
 */
class CommitmentProgressTests {

	private static final Instant SAVED = Instant.parse("2026-03-04T23:30:00Z");

	@Test
	void weighsEachCompleteMilestoneByItsWeight() {
		CommitmentProgress progress = CommitmentProgress.of(List.of(milestone(MilestoneStatus.COMPLETED, 3),
				milestone(MilestoneStatus.IN_PROGRESS, 1), milestone(MilestoneStatus.DELAYED, 2)), SAVED);

		assertThat(progress.percent()).isEqualTo(50);
		assertThat(progress.completeWeight()).isEqualTo(3);
		assertThat(progress.totalWeight()).isEqualTo(6);
		assertThat(progress.lastChange()).isEqualTo(LocalDate.of(2026, 3, 4));
	}

	@Test
	void countsAMilestoneWithoutWeightOrStatusOnceAndNotComplete() {
		CommitmentProgress progress = CommitmentProgress
			.of(List.of(milestone(MilestoneStatus.COMPLETED, null), milestone(null, null)), SAVED);

		assertThat(progress.percent()).isEqualTo(50);
	}

	@Test
	void leavesCancelledMilestonesOut() {
		CommitmentProgress progress = CommitmentProgress
			.of(List.of(milestone(MilestoneStatus.COMPLETED, 1), milestone(MilestoneStatus.CANCELLED, 5)), SAVED);

		assertThat(progress.percent()).isEqualTo(100);
		assertThat(progress.totalWeight()).isEqualTo(1);
	}

	@Test
	void saysOneHundredOnlyWhenEveryMilestoneIsComplete() {
		CommitmentProgress progress = CommitmentProgress
			.of(List.of(milestone(MilestoneStatus.COMPLETED, 199), milestone(MilestoneStatus.NOT_STARTED, 1)), SAVED);

		assertThat(progress.percent()).isEqualTo(99);
	}

	@Test
	void hasNoProgressWithoutAMilestoneThatCounts() {
		assertThat(CommitmentProgress.of(List.of(), SAVED)).isNull();
		assertThat(CommitmentProgress.of(List.of(milestone(MilestoneStatus.CANCELLED, 2)), SAVED)).isNull();
	}

	private static Milestone milestone(MilestoneStatus status, Integer weight) {
		Milestone milestone = new Milestone("A step");
		Map<String, Object> values = new HashMap<>();
		values.put("title", "A step");
		values.put("status", status);
		values.put("weight", weight);
		milestone.apply(Records.of(MilestoneDetails.class, values));
		return milestone;
	}

}

package org.opengovpartnership.portal.commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;

/**
 * How far a commitment got: the weighted share of its complete milestones, and the day
 * its milestones last changed. Cancelled milestones no longer count either way; a
 * commitment without a milestone that counts has no progress.
 *
 * @param percent the complete milestones' weight as a share of all that count, rounded
 * down: 100 only when every one is complete
 * @param completeWeight the weight of the complete milestones
 * @param totalWeight the weight of every milestone that counts
 * @param lastChange the day the commitment (and so its milestones) last changed; null
 * when not known
 */
public record CommitmentProgress(int percent, int completeWeight, int totalWeight, LocalDate lastChange) {

	/**
	 * The progress of these milestones, or null when none counts (no milestones, or all
	 * cancelled).
	 */
	public static CommitmentProgress of(Collection<Milestone> milestones, Instant lastChange) {
		int complete = 0;
		int total = 0;
		// Status and weight only, read from the entity: a list of rows must not load each
		// milestone's evidence.
		for (Milestone milestone : milestones) {
			if (milestone.getStatus() == MilestoneStatus.CANCELLED) {
				continue;
			}
			int weight = milestone.getWeight();
			total += weight;
			if (milestone.getStatus() == MilestoneStatus.COMPLETED) {
				complete += weight;
			}
		}
		if (total == 0) {
			return null;
		}
		LocalDate day = (lastChange != null) ? LocalDate.ofInstant(lastChange, ZoneOffset.UTC) : null;
		return new CommitmentProgress((int) (100L * complete / total), complete, total, day);
	}

}

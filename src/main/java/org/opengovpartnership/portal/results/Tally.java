package org.opengovpartnership.portal.results;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.opengovpartnership.portal.commitment.Commitment;

/**
 * A set of commitments counted per level of each IRM scale: the one place results are
 * computed.
 *
 * @param commitments how many commitments were counted
 * @param starred how many are starred (at the end of term, else at the progress report)
 * @param starAssessed how many the IRM said are starred or not
 */
public record Tally(int commitments, Map<Completion, Integer> completion,
		Map<OpenedGovernment, Integer> openedGovernment, Map<PotentialImpact, Integer> potentialImpact, int starred,
		int starAssessed) {

	/** The width, in SVG units, of the longest bar of a chart. */
	static final int MAX_WIDTH = 200;

	public static Tally of(Collection<Commitment> commitments) {
		return new Tally(commitments.size(),
				counts(commitments, Completion.class, (c) -> Completion.of(c.getIrmCompletion())),
				counts(commitments, OpenedGovernment.class, (c) -> OpenedGovernment.of(c.getIrmOpenedGovernment())),
				counts(commitments, PotentialImpact.class, (c) -> PotentialImpact.of(c.getIrmPotentialImpact())),
				(int) commitments.stream().filter((c) -> Boolean.TRUE.equals(c.getIrmStarred())).count(),
				(int) commitments.stream().filter((c) -> c.getIrmStarred() != null).count());
	}

	private static <L extends Enum<L>> Map<L, Integer> counts(Collection<Commitment> commitments, Class<L> scale,
			Function<Commitment, L> level) {
		Map<L, Integer> counts = new EnumMap<>(scale);
		for (L each : scale.getEnumConstants()) {
			counts.put(each, 0);
		}
		commitments.forEach((c) -> counts.merge(level.apply(c), 1, Integer::sum));
		return counts;
	}

	public int count(Completion level) {
		return this.completion.get(level);
	}

	public int count(OpenedGovernment level) {
		return this.openedGovernment.get(level);
	}

	public int count(PotentialImpact level) {
		return this.potentialImpact.get(level);
	}

	/** Whether the IRM assessed the completion of at least one of the commitments. */
	public boolean completionAssessed() {
		return count(Completion.NOT_ASSESSED) < this.commitments;
	}

	public boolean openedGovernmentAssessed() {
		return count(OpenedGovernment.NOT_ASSESSED) < this.commitments;
	}

	public boolean potentialImpactAssessed() {
		return count(PotentialImpact.NOT_ASSESSED) < this.commitments;
	}

	/**
	 * Whether any IRM value at all was counted: without one, the page says why instead of
	 * drawing.
	 */
	public boolean anyAssessed() {
		return completionAssessed() || openedGovernmentAssessed() || potentialImpactAssessed() || this.starAssessed > 0;
	}

	public List<Count> completionCounts() {
		return bars(this.completion);
	}

	public List<Count> openedGovernmentCounts() {
		return bars(this.openedGovernment);
	}

	public List<Count> potentialImpactCounts() {
		return bars(this.potentialImpact);
	}

	private static List<Count> bars(Map<? extends Level, Integer> counts) {
		int largest = Math.max(1, counts.values().stream().mapToInt(Integer::intValue).max().orElse(1));
		return counts.entrySet()
			.stream()
			.map((entry) -> new Count(entry.getKey(), entry.getValue(), entry.getValue() * MAX_WIDTH / largest))
			.toList();
	}

	/**
	 * One level's count and the width of its bar.
	 *
	 * @param width 0 for a count of 0, so the chart draws no bar where there is nothing
	 */
	public record Count(Level level, int count, int width) {

		public String key() {
			return this.level.key();
		}

	}

}

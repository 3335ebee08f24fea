package org.opengovpartnership.portal.system;

import java.util.List;
import java.util.Map;

/**
 * A horizontal bar chart the server draws as SVG: each bar's length is scaled to the
 * largest count.
 *
 * @param terms the vocabulary of {@link Terms} the labels are stored values of,
 * translated when drawn; null for labels shown as they are (years)
 */
public record BarChart(List<Bar> bars, String terms) {

	/** The width, in SVG units, of the longest bar. */
	public static final int MAX_WIDTH = 190;

	/** A chart of the counts, in the map's order, labelled with the keys as they are. */
	public static BarChart of(Map<?, Long> counts) {
		return of(counts, null);
	}

	/**
	 * A chart of the counts, in the map's order, whose keys are stored values of a
	 * {@link Terms} vocabulary.
	 */
	public static BarChart of(Map<?, Long> counts, String terms) {
		long largest = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
		return new BarChart(counts.entrySet()
			.stream()
			.map(entry -> new Bar(String.valueOf(entry.getKey()), entry.getValue(),
					(int) Math.max(1, entry.getValue() * MAX_WIDTH / Math.max(largest, 1))))
			.toList(), terms);
	}

	public int height() {
		return this.bars.size() * 22 + 4;
	}

	/** One bar: its label, its count and its drawn width. */
	public record Bar(String label, long count, int width) {
	}

}

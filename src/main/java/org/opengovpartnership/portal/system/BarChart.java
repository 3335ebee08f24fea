package org.opengovpartnership.portal.system;

import java.util.List;
import java.util.Map;

/**
 * A horizontal bar chart the server draws as SVG: each bar's length is scaled to the largest count.
 */
public record BarChart(List<Bar> bars) {

	/** The width, in SVG units, of the longest bar. */
	public static final int MAX_WIDTH = 190;

	/** A chart of the counts, in the map's order. */
	public static BarChart of(Map<?, Long> counts) {
		long largest = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
		return new BarChart(counts.entrySet()
			.stream()
			.map(entry -> new Bar(String.valueOf(entry.getKey()), entry.getValue(),
					(int) Math.max(1, entry.getValue() * MAX_WIDTH / Math.max(largest, 1))))
			.toList());
	}

	public int height() {
		return this.bars.size() * 22 + 4;
	}

	/** One bar: its label, its count and its drawn width. */
	public record Bar(String label, long count, int width) {
	}

}

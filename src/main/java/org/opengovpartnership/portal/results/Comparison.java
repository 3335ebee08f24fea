package org.opengovpartnership.portal.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.opengovpartnership.portal.commitment.Commitment;
import org.opengovpartnership.portal.commitment.PolicyArea;

/**
 * Members side by side: each table is rows of what is counted with one value per member,
 * in the members' order.
 */
public record Comparison(List<MemberRecordOfResults> members) {

	/** The width, in SVG units, of the longest bar of a comparison chart. */
	static final int MAX_WIDTH = 220;

	/** Plans, commitments and starred commitments. */
	public List<Row> overview() {
		return scaled(List.of(row("compare.plans", null, (m) -> m.plans().size()),
				row("compare.commitments", null, (m) -> m.results().total().commitments()),
				row("compare.starred", null, (m) -> m.results().total().starred())));
	}

	public List<Row> completion() {
		return scaled(Arrays.stream(Completion.values())
			.map((level) -> row("results.completion." + level.key(), null, (m) -> m.results().total().count(level)))
			.toList());
	}

	public List<Row> openedGovernment() {
		return scaled(Arrays.stream(OpenedGovernment.values())
			.map((level) -> row("results.openedGovernment." + level.key(), null,
					(m) -> m.results().total().count(level)))
			.toList());
	}

	/**
	 * Commitments per policy area, the areas most counted over all members first. As the
	 * member page counts them: a commitment under its primary area, one without under
	 * each area it is tagged with.
	 */
	public List<Row> policyAreas() {
		List<Map<String, Long>> perMember = this.members.stream().map((m) -> areaCounts(m.commitments())).toList();
		Map<String, Long> overall = new LinkedHashMap<>();
		perMember.forEach((counts) -> counts.forEach((area, count) -> overall.merge(area, count, Long::sum)));
		return scaled(overall.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.map((entry) -> new Row(null, entry.getKey(),
					perMember.stream().map((counts) -> counts.getOrDefault(entry.getKey(), 0L).intValue()).toList(),
					List.of()))
			.toList());
	}

	private static Map<String, Long> areaCounts(List<Commitment> commitments) {
		return commitments.stream()
			.flatMap((c) -> (c.getPrimaryPolicyArea() != null) ? Stream.of(c.getPrimaryPolicyArea().getName())
					: c.getPolicyAreas().stream().map(PolicyArea::getName))
			.collect(Collectors.groupingBy((name) -> name, Collectors.counting()));
	}

	private Row row(String messageKey, String label, ToIntFunction<MemberRecordOfResults> value) {
		return new Row(messageKey, label, this.members.stream().map(value::applyAsInt).toList(), List.of());
	}

	/**
	 * The rows with their bars' widths, scaled to the largest value of the whole table so
	 * bars compare.
	 */
	private static List<Row> scaled(List<Row> rows) {
		int largest = Math.max(1,
				rows.stream().flatMap((row) -> row.values().stream()).max(Comparator.naturalOrder()).orElse(1));
		List<Row> scaled = new ArrayList<>();
		for (Row row : rows) {
			scaled.add(new Row(row.messageKey(), row.label(), row.values(),
					row.values().stream().map((value) -> value * MAX_WIDTH / largest).toList()));
		}
		return scaled;
	}

	/**
	 * What is counted, with one value per member.
	 *
	 * @param messageKey the row's name as a message, or null for a stored {@code label}
	 * (a policy area)
	 * @param widths each value's bar width on the chart
	 */
	public record Row(String messageKey, String label, List<Integer> values, List<Integer> widths) {
	}

}

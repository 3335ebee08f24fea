package org.opengovpartnership.portal.opendata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opengovpartnership.portal.commitment.Commitment;
import org.opengovpartnership.portal.commitment.IrmGaps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads why an imported commitment's IRM values are missing from the cells of OGP's sheet
 * the import kept.
 */
@Component
class ImportedIrmGaps implements IrmGaps {

	/**
	 * The page's field, then the sheet's columns that give it, the first one that says
	 * why first.
	 */
	private static final Map<String, List<String>> COLUMNS = Map.of("verifiable", List.of(OgpSheet.VERIFIABLE),
			"potentialImpact", List.of(OgpSheet.POTENTIAL_IMPACT), "completion",
			List.of(OgpSheet.COMPLETION_END_OF_TERM, OgpSheet.COMPLETION_PROGRESS_REPORT), "openedGovernment",
			List.of(OgpSheet.OPENED_GOVERNMENT), "earlyResults", List.of(OgpSheet.EARLY_RESULTS), "starred",
			List.of(OgpSheet.STARRED_END_OF_TERM, OgpSheet.STARRED_PROGRESS_REPORT));

	private static final Map<String, String> REASONS = Map.of("ND", "notInData", "NR", "notAssessed", "NA",
			"notApplicable");

	private final JdbcTemplate jdbc;

	ImportedIrmGaps(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, String> of(Commitment commitment) {
		List<String> kept = this.jdbc.queryForList("select cells from commitment_sources where commitment_id = ?",
				String.class, commitment.getId());
		if (kept.isEmpty()) {
			return Map.of();
		}
		String[] cells = OgpMapping.fromJson(kept.get(0));
		Map<String, String> gaps = new LinkedHashMap<>();
		COLUMNS.forEach((field, columns) -> columns.stream()
			.map(column -> cells[OgpSheet.indexOf(column)])
			.filter(cell -> cell != null && REASONS.containsKey(cell.strip()))
			.findFirst()
			.ifPresent(cell -> gaps.put(field, REASONS.get(cell.strip()))));
		return gaps;
	}

}

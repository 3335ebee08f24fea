package org.opengovpartnership.portal.commitment;

import java.util.List;
import java.util.Map;

/**
 * The values the IRM uses for each assessment field, as OGP's data writes them, weakest
 * first.
 */
public final class IrmScales {

	public static final List<String> VERIFIABLE = List.of("Yes", "No");

	/**
	 * The OGP values; "None" records that the IRM found the commitment relevant to none
	 * of them.
	 */
	public static final List<String> RELEVANCE = List.of("Access to Information", "Civic Participation",
			"Public Accountability", "Technology and Innovation", "None");

	public static final List<String> POTENTIAL_IMPACT = List.of("None", "Minor", "Moderate", "Transformative");

	public static final List<String> COMPLETION = List.of("Not Started", "Limited", "Substantial", "Complete",
			"Withdrawn", "Unclear");

	public static final List<String> OPENED_GOVERNMENT = List.of("Worsens", "Did Not Change", "Marginal", "Major",
			"Outstanding", "No early results to report yet");

	public static final List<String> EARLY_RESULTS = List.of("No notable results", "Moderate", "Significant");

	/** Every scale by the name templates use. */
	public static final Map<String, List<String>> ALL = Map.of("verifiable", VERIFIABLE, "relevance", RELEVANCE,
			"potentialImpact", POTENTIAL_IMPACT, "completion", COMPLETION, "openedGovernment", OPENED_GOVERNMENT,
			"earlyResults", EARLY_RESULTS);

	private IrmScales() {
	}

}

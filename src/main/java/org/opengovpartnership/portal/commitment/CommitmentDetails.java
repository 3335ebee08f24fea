package org.opengovpartnership.portal.commitment;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A commitment's own values: every field the admin form edits and the OGP sheet imports,
 * in one place. The commitment's plan, policy areas and milestones are links to other
 * records, kept beside it. Null is a missing value; IRM values are written as OGP writes
 * them, relevance as its values joined by ", ".
 */
public record CommitmentDetails(String code, Integer number, String title, String shortTitle, String description,
		String leadInstitution, String supportingInstitutions, CommitmentStatus status, LocalDate startDate,
		LocalDate endDate, String irmVerifiable, String irmRelevance, String irmPotentialImpact, String irmCompletion,
		String irmOpenedGovernment, String irmEarlyResults, Boolean irmStarred) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<LinkedHashMap<String, Object>> VALUES = new TypeReference<>() {
	};

	/**
	 * The components' names, in order: the audit trail's keys and the message keys
	 * {@code field.<name>}.
	 */
	public static final List<String> FIELDS = Arrays.stream(CommitmentDetails.class.getRecordComponents())
		.map(RecordComponent::getName)
		.toList();

	/**
	 * The values serialised as the audit trail records them: one key per component, dates
	 * and statuses as text.
	 */
	public Map<String, Object> values() {
		return valuesOf(this);
	}

	/** A record's components serialised as the audit trail records them. */
	static Map<String, Object> valuesOf(Record details) {
		return JSON.convertValue(details, VALUES);
	}

	/** The IRM relevance as the list of OGP values it names; empty when it names none. */
	public List<String> irmRelevanceValues() {
		return (this.irmRelevance != null) ? Arrays.asList(this.irmRelevance.split(",\\s*")) : List.of();
	}

	/**
	 * The relevance to store for these OGP values: joined by ", ", or null when there are
	 * none.
	 */
	public static String irmRelevanceOf(List<String> values) {
		return (values == null || values.isEmpty()) ? null : String.join(", ", values);
	}

}

package org.opengovpartnership.portal.commitment;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.opengovpartnership.portal.system.Records;
import org.springframework.format.annotation.DateTimeFormat;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A commitment's own values: every field the admin form edits and the OGP sheet imports,
 * in one place. The commitment's plan, policy areas and milestones are links to other
 * records, kept beside it. Null is a missing value; IRM values are written as OGP writes
 * them, relevance as its values joined by ", ".
 * <p>
 * The admin form binds it as it is ({@code details.title}), so its constraints are the
 * form's: a new component needs no other Java than the entity's.
 */
public record CommitmentDetails(
		@NotBlank @Pattern(regexp = "[A-Z]{2,10}[0-9]{1,6}", message = "{commitment.code.pattern}") String code,
		@Min(1) @Max(999) Integer number, @NotBlank @Size(max = 1000) String title, @Size(max = 500) String shortTitle,
		@Size(max = 20000) String description, @Size(max = 1000) String leadInstitution,
		@Size(max = 4000) String supportingInstitutions, CommitmentStatus status,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate, @IrmScale("verifiable") String irmVerifiable,
		@IrmScale(value = "relevance", several = true) String irmRelevance,
		@IrmScale("potentialImpact") String irmPotentialImpact, @IrmScale("completion") String irmCompletion,
		@IrmScale("openedGovernment") String irmOpenedGovernment, @IrmScale("earlyResults") String irmEarlyResults,
		Boolean irmStarred) {

	/** No value at all: a new commitment's form. */
	static final CommitmentDetails NONE = of(Map.of());

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
	 * The details with these values by component name, null for the others: how a reader
	 * that knows only some of them (the OGP sheet) makes them.
	 */
	public static CommitmentDetails of(Map<String, ?> values) {
		return Records.of(CommitmentDetails.class, values);
	}

	/**
	 * Relevance comes joined by ", " from the database and the sheet, and by "," from the
	 * form's ticked boxes: kept as the former.
	 */
	public CommitmentDetails {
		irmRelevance = irmRelevanceOf(relevanceValues(irmRelevance));
	}

	@JsonIgnore
	@AssertTrue(message = "{commitment.datesInOrder}")
	public boolean isDatesInOrder() {
		return this.startDate == null || this.endDate == null || !this.endDate.isBefore(this.startDate);
	}

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
		return relevanceValues(this.irmRelevance);
	}

	static List<String> relevanceValues(String relevance) {
		return (relevance != null)
				? Arrays.stream(relevance.split(",")).map(String::strip).filter((value) -> !value.isEmpty()).toList()
				: List.of();
	}

	/**
	 * The relevance to store for these OGP values: joined by ", ", or null when there are
	 * none.
	 */
	public static String irmRelevanceOf(List<String> values) {
		return (values == null || values.isEmpty()) ? null : String.join(", ", values);
	}

}

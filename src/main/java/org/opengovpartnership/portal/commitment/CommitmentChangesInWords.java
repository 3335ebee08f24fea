package org.opengovpartnership.portal.commitment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.opengovpartnership.portal.audit.AuditAction;
import org.opengovpartnership.portal.audit.AuditTrail.Change;
import org.opengovpartnership.portal.audit.AuditTrail.FieldChange;
import org.opengovpartnership.portal.system.Dates;
import org.opengovpartnership.portal.system.Terms;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A recorded change of a commitment said in words, in the visitor's language:
 * "Completion: Limited → Substantial", "Milestone 'Publish the first report' marked
 * complete", with values under the labels the commitment page shows. It reads only the
 * values before and after, never who made the change.
 */
@Component
class CommitmentChangesInWords {

	/**
	 * Fields too long to quote in a line: their change is named, not shown (the page
	 * shows the text).
	 */
	private static final Set<String> PROSE = Set.of("title", "shortTitle", "description", "supportingInstitutions");

	/** Fields holding a value of an IRM scale, as OGP writes it. */
	private static final Set<String> IRM_SCALES = Set.of("irmVerifiable", "irmRelevance", "irmPotentialImpact",
			"irmCompletion", "irmOpenedGovernment", "irmEarlyResults");

	private static final String MILESTONE_TITLE = "title";

	private static final String MILESTONE_STATUS = "status";

	private final MessageSource messages;

	private final Terms terms;

	private final Dates dates;

	CommitmentChangesInWords(MessageSource messages, Terms terms, Dates dates) {
		this.messages = messages;
		this.terms = terms;
		this.dates = dates;
	}

	/**
	 * One line per thing that changed, in the order the change recorded its fields; a
	 * creation, an import or a deletion is one line saying so. Empty for a save that
	 * changed nothing.
	 */
	List<String> describe(Change change) {
		List<String> lines = new ArrayList<>();
		if (change.action() != AuditAction.UPDATE) {
			lines.add(message("change." + change.action()));
		}
		// A creation's, import's or deletion's values are the whole commitment, not a
		// change.
		if (change.action() == AuditAction.UPDATE) {
			for (FieldChange field : change.fields()) {
				if (field.before() == null && field.after() == null) {
					continue;
				}
				if ("milestones".equals(field.field())) {
					lines.addAll(milestoneChanges(list(field.before()), list(field.after())));
				}
				else if (PROSE.contains(field.field())) {
					lines.add(message("change.named", label(field.field())));
				}
				else {
					lines.add(message("change.values", label(field.field()), value(field.field(), field.before()),
							value(field.field(), field.after())));
				}
			}
		}
		return lines;
	}

	/**
	 * What became of each milestone, matched by title (the n-th of a title with the n-th
	 * of the same title): added, removed, its status, anything else about it; or only
	 * their order.
	 */
	private List<String> milestoneChanges(List<Map<String, Object>> before, List<Map<String, Object>> after) {
		Map<String, Map<String, Object>> was = byTitle(before);
		Map<String, Map<String, Object>> is = byTitle(after);
		List<String> lines = new ArrayList<>();
		is.forEach((key, milestone) -> {
			Map<String, Object> old = was.get(key);
			String title = String.valueOf(milestone.get(MILESTONE_TITLE));
			if (old == null) {
				lines.add(message("change.milestone.added", title));
				return;
			}
			Object oldStatus = old.get(MILESTONE_STATUS);
			Object newStatus = milestone.get(MILESTONE_STATUS);
			if (!Objects.equals(oldStatus, newStatus)) {
				lines.add(MilestoneStatus.COMPLETED.name().equals(newStatus)
						? message("change.milestone.completed", title) : message("change.milestone.status", title,
								milestoneStatus(oldStatus), milestoneStatus(newStatus)));
			}
			if (!withoutStatus(old).equals(withoutStatus(milestone))) {
				lines.add(message("change.milestone.changed", title));
			}
		});
		was.forEach((key, milestone) -> {
			if (!is.containsKey(key)) {
				lines.add(message("change.milestone.removed", String.valueOf(milestone.get(MILESTONE_TITLE))));
			}
		});
		if (lines.isEmpty() && !before.equals(after)) {
			lines.add(message("change.milestone.reordered"));
		}
		return lines;
	}

	private static Map<String, Map<String, Object>> byTitle(List<Map<String, Object>> milestones) {
		Map<String, Integer> seen = new HashMap<>();
		Map<String, Map<String, Object>> keyed = new LinkedHashMap<>();
		for (Map<String, Object> milestone : milestones) {
			String title = String.valueOf(milestone.get(MILESTONE_TITLE));
			keyed.put(title + "\u0000" + seen.merge(title, 1, Integer::sum), milestone);
		}
		return keyed;
	}

	private static Map<String, Object> withoutStatus(Map<String, Object> milestone) {
		Map<String, Object> rest = new HashMap<>(milestone);
		rest.remove(MILESTONE_STATUS);
		return rest;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object milestones) {
		if (!(milestones instanceof List<?> items)) {
			return List.of();
		}
		return items.stream()
			.filter(Map.class::isInstance)
			.map(item -> (Map<String, Object>) item)
			.collect(Collectors.toList());
	}

	/** A value as the commitment page shows it; a missing one as "Not specified". */
	private String value(String field, Object value) {
		if (value == null || (value instanceof List<?> items && items.isEmpty())) {
			return message("value.notSpecified");
		}
		if (IRM_SCALES.contains(field)) {
			return this.terms.irmValue(value.toString());
		}
		return switch (field) {
			case "irmStarred" -> message(Boolean.TRUE.equals(value) ? "value.yes" : "value.no");
			case "status" -> this.messages.getMessage("commitment.status." + value, null, value.toString(),
					LocaleContextHolder.getLocale());
			case "primaryPolicyArea" -> this.terms.policyArea(value.toString());
			case "policyAreas" -> ((List<?>) value).stream()
				.map(area -> this.terms.policyArea(String.valueOf(area)))
				.collect(Collectors.joining(", "));
			case "startDate", "endDate" -> date(value.toString());
			default -> value.toString();
		};
	}

	private String date(String value) {
		try {
			return this.dates.longDate(LocalDate.parse(value));
		}
		catch (DateTimeParseException ex) {
			return value;
		}
	}

	private String milestoneStatus(Object status) {
		return (status != null) ? this.messages.getMessage("milestone.status." + status, null, status.toString(),
				LocaleContextHolder.getLocale()) : message("value.notSpecified");
	}

	/** A field's label as the history on the commitment page shows it. */
	private String label(String field) {
		return this.messages.getMessage("field." + field, null, field, LocaleContextHolder.getLocale());
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}

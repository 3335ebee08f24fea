package org.opengovpartnership.portal.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records every change in the caller's transaction, so a change and its record are stored
 * together or not at all. It only records: what a change shows on the public pages is the
 * publisher's {@code MemberContentChanged}.
 */
@Service
public class AuditTrail {

	/**
	 * The key under which a subject's values name the member it belongs to (its slug).
	 */
	public static final String MEMBER = "member";

	private static final TypeReference<LinkedHashMap<String, Object>> VALUES = new TypeReference<>() {
	};

	private final AuditEventRepository events;

	private final JsonMapper json;

	private final Clock clock;

	AuditTrail(AuditEventRepository events, JsonMapper json, Clock clock) {
		this.events = events;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Records a change by the signed-in user.
	 * @param memberSlug the member the subject belongs to, or null for one that belongs
	 * to no member
	 * @param before the values before, or null for a creation
	 * @param after the values after, or null for a deletion
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditAction action, String subjectType, String subjectKey, String memberSlug,
			Map<String, ?> before, Map<String, ?> after) {
		this.events.save(new AuditEvent(this.clock.instant(), currentUsername(), action, subjectType, subjectKey,
				memberSlug, toJson(before), toJson(after)));
	}

	@Transactional(readOnly = true)
	public Page<AuditEvent> newestFirst(Pageable pageable) {
		return this.events.findNewestFirst(pageable);
	}

	/**
	 * A subject's public history, newest first: when, what kind of change, which fields
	 * changed; no user names.
	 */
	@Transactional(readOnly = true)
	public List<Change> history(String subjectType, String subjectKey) {
		return this.events.findBySubject(subjectType, subjectKey).stream().map(this::toChange).toList();
	}

	/**
	 * The fields whose values differ between before and after, in the order they were
	 * recorded.
	 */
	public List<FieldChange> fieldChanges(AuditEvent event) {
		return toChange(event).fields();
	}

	private Change toChange(AuditEvent event) {
		Map<String, Object> before = fromJson(event.getBeforeValues());
		Map<String, Object> after = fromJson(event.getAfterValues());
		Set<String> names = new LinkedHashSet<>(before.keySet());
		names.addAll(after.keySet());
		List<FieldChange> fields = new ArrayList<>();
		for (String name : names) {
			Object was = before.get(name);
			Object is = after.get(name);
			if (!Objects.equals(was, is)) {
				fields.add(new FieldChange(name, was, is));
			}
		}
		return new Change(event.getId(), event.getOccurredAt(), event.getAction(), fields);
	}

	private String toJson(Map<String, ?> values) {
		return (values != null) ? this.json.writeValueAsString(values) : null;
	}

	private Map<String, Object> fromJson(String values) {
		return (values != null) ? this.json.readValue(values, VALUES) : Map.of();
	}

	private static String currentUsername() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated()) ? authentication.getName() : "system";
	}

	/** A change as citizens see it; its id stays the same for as long as it is kept. */
	public record Change(Long id, Instant occurredAt, AuditAction action, List<FieldChange> fields) {

		/** When it happened, in UTC to the second. */
		public LocalDateTime occurredAtUtc() {
			return AuditEvent.toUtc(this.occurredAt);
		}

	}

	/** One field's value before and after a change. */
	public record FieldChange(String field, Object before, Object after) {
	}

}

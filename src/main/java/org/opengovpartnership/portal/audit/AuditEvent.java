package org.opengovpartnership.portal.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One recorded change: who, when, what, and the values before and after as JSON objects.
 */
@Entity
@Table(name = "audit_events")
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant occurredAt;

	private String username;

	@Enumerated(EnumType.STRING)
	private AuditAction action;

	private String subjectType;

	private String subjectKey;

	private String memberSlug;

	private String beforeValues;

	private String afterValues;

	protected AuditEvent() {
	}

	AuditEvent(Instant occurredAt, String username, AuditAction action, String subjectType, String subjectKey,
			String memberSlug, String beforeValues, String afterValues) {
		this.occurredAt = occurredAt;
		this.username = username;
		this.action = action;
		this.subjectType = subjectType;
		this.subjectKey = subjectKey;
		this.memberSlug = memberSlug;
		this.beforeValues = beforeValues;
		this.afterValues = afterValues;
	}

	public Long getId() {
		return this.id;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	/** When it happened, in UTC to the second, as pages show it. */
	public LocalDateTime getOccurredAtUtc() {
		return toUtc(this.occurredAt);
	}

	static LocalDateTime toUtc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
	}

	public String getUsername() {
		return this.username;
	}

	public AuditAction getAction() {
		return this.action;
	}

	public String getSubjectType() {
		return this.subjectType;
	}

	public String getSubjectKey() {
		return this.subjectKey;
	}

	public String getMemberSlug() {
		return this.memberSlug;
	}

	public String getBeforeValues() {
		return this.beforeValues;
	}

	public String getAfterValues() {
		return this.afterValues;
	}

}

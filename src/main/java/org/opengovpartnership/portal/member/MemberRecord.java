package org.opengovpartnership.portal.member;

import java.util.Map;

import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.opengovpartnership.portal.audit.AuditTrail;
import org.opengovpartnership.portal.system.AdminEditor;
import org.opengovpartnership.portal.system.AuditValues;

/**
 * A record that belongs to a member and has a place among the member's records of its
 * kind: a contact, a post, a resource, a Global Report row. Each kind keeps what its
 * admin form edits as one embedded value, its details.
 *
 * @param <D> what its admin form edits, as one value
 */
@MappedSuperclass
public abstract class MemberRecord<D extends Record> implements AdminEditor.Edited {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Member member;

	private int position;

	@Version
	private long version;

	@Embedded
	private D details;

	protected MemberRecord() {
	}

	protected MemberRecord(Member member, int position, D details) {
		this.member = member;
		this.position = position;
		this.details = details;
	}

	/** What its admin form edits, as one value. */
	public D details() {
		return this.details;
	}

	/** Takes every value of the details. */
	public void apply(D details) {
		this.details = details;
	}

	public Long getId() {
		return this.id;
	}

	public Member getMember() {
		return this.member;
	}

	public void setMember(Member member) {
		this.member = member;
	}

	/** Its place among the member's records of its kind, from 1. */
	public int getPosition() {
		return this.position;
	}

	public void setPosition(int position) {
		this.position = position;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	/**
	 * The values the audit trail keeps: the member's slug under {@code member}, the
	 * position, the details.
	 */
	@Override
	public Map<String, Object> snapshot() {
		return AuditValues.of(details(), AuditTrail.MEMBER, getMember().getSlug(), "position", getPosition());
	}

}

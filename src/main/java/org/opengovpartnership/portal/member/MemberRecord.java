package org.opengovpartnership.portal.member;

import java.util.Map;

import org.opengovpartnership.portal.audit.AuditTrail;
import org.opengovpartnership.portal.system.AuditValues;

/**
 * A record that belongs to a member and has a place among the member's records of its
 * kind: a contact, a post, a resource, a Global Report row.
 *
 * @param <D> what its admin form edits, as one value
 */
public interface MemberRecord<D extends Record> {

	Long getId();

	long getVersion();

	Member getMember();

	void setMember(Member member);

	/** Its place among the member's records of its kind, from 1. */
	int getPosition();

	void setPosition(int position);

	D details();

	void apply(D details);

	/**
	 * The values the audit trail keeps: the member's slug under {@code member}, the
	 * position, the details.
	 */
	default Map<String, Object> snapshot() {
		return AuditValues.of(details(), AuditTrail.MEMBER, getMember().getSlug(), "position", getPosition());
	}

}

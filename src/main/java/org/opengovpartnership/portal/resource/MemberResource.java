package org.opengovpartnership.portal.resource;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.opengovpartnership.portal.member.Member;
import org.opengovpartnership.portal.member.MemberRecord;

/**
 * A document about a member, such as an action plan, an IRM report or a letter; named so
 * as not to clash with Spring's {@code Resource}.
 */
@Entity
@Table(name = "resources")
public class MemberResource extends MemberRecord<MemberResourceDetails> {

	protected MemberResource() {
	}

	public MemberResource(Member member, int position, String title) {
		super(member, position, new MemberResourceDetails(title, null, null, null, null));
	}

}

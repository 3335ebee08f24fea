package org.opengovpartnership.portal.profile;

import java.util.List;

import org.opengovpartnership.portal.member.Member;
import org.opengovpartnership.portal.member.MemberSummary;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The members list's one statement. It lives here, above both the member and the
 * commitment module, because it joins a member's plans to their commitments, which the
 * member module cannot see.
 */
public interface MemberSummaryRepository extends Repository<Member, Long> {

	/**
	 * Every member with its current plan number, commitment count and whether its data
	 * covers only part of its commitments, in one statement.
	 */
	@Query("""
			select new org.opengovpartnership.portal.member.MemberSummary(c.slug, c.name, c.region, c.memberSince,
				max(p.number), count(cm.id), c.provenance.partial)
			from Member c left join ActionPlan p on p.member = c left join Commitment cm on cm.actionPlan = p
			group by c.id, c.slug, c.name, c.region, c.memberSince, c.provenance.partial
			order by c.name""")
	List<MemberSummary> findSummaries();

}

package org.opengovpartnership.portal.resource;

import java.util.List;

import org.opengovpartnership.portal.member.Member;
import org.opengovpartnership.portal.member.MemberDependents;
import org.opengovpartnership.portal.member.MemberRecordRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * A member's resources, in the order its page lists them. They keep their member from
 * being deleted.
 */
public interface MemberResourceRepository extends MemberRecordRepository<MemberResource>, MemberDependents {

	@Query("select r from MemberResource r where r.member = :member order by r.position")
	List<MemberResource> findByMember(Member member);

	long countByMember(Member member);

	@Override
	default long countFor(Member member) {
		return countByMember(member);
	}

	/**
	 * A member's resources of a type and year, either filter left out when null, in page
	 * order.
	 */
	@Query("""
			select r from MemberResource r where r.member = :member
			and (:type is null or r.details.type = :type) and (:year is null or r.details.publishedYear = :year)
			order by r.position""")
	List<MemberResource> findByMemberFiltered(Member member, String type, Integer year);

	/** The types a member's resources have, for the filter's choices. */
	@Query("""
			select distinct r.details.type from MemberResource r where r.member = :member and r.details.type is not null
			order by r.details.type""")
	List<String> findTypes(Member member);

	/** The years a member's resources were published, newest first. */
	@Query("""
			select distinct r.details.publishedYear from MemberResource r
			where r.member = :member and r.details.publishedYear is not null order by r.details.publishedYear desc""")
	List<Integer> findYears(Member member);

}

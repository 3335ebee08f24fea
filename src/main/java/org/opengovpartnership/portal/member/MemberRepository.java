package org.opengovpartnership.portal.member;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Members and what their profile page shows besides commitments and resources.
 */
public interface MemberRepository extends Repository<Member, Long> {

	/** The member with its contacts, in one statement. */
	@Query("select c from Member c left join fetch c.contacts where c.slug = :slug")
	Optional<Member> findProfileBySlug(String slug);

	Optional<Member> findBySlug(String slug);

	@Query("select c from Member c order by c.name")
	List<Member> findAllByName();

	/** A page of members by name. */
	@Query(value = "select c from Member c order by c.name, c.slug", countQuery = "select count(c) from Member c")
	Page<Member> findPageByName(Pageable pageable);

	Optional<Member> findById(Long id);

	Member save(Member member);

	/** Deletes the member and, through the cascade, its contacts. */
	void delete(Member member);

	/**
	 * How many action plans, posts and Global Report rows still belong to the member;
	 * other modules count theirs through {@link MemberDependents}.
	 */
	@Query("""
			select (select count(p) from ActionPlan p where p.member = :member)
				+ (select count(n) from Post n where n.member = :member)
				+ (select count(d) from GlobalReportDimension d where d.member = :member)
			from Member c where c = :member""")
	long countDependents(Member member);

}

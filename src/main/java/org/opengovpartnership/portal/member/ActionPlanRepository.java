package org.opengovpartnership.portal.member;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Action plans, by member.
 */
public interface ActionPlanRepository extends Repository<ActionPlan, Long> {

	/** A member's plans, newest first. */
	@Query("select p from ActionPlan p where p.member = :member order by p.number desc")
	List<ActionPlan> findByMemberNewestFirst(Member member);

	/**
	 * A member's plans, newest first, each with the member and the member's contacts: the
	 * member page's first statement. Empty for a member without plans (or an unknown
	 * one).
	 */
	@Query("""
			select p from ActionPlan p join fetch p.member c left join fetch c.contacts
			where c.slug = :slug order by p.number desc""")
	List<ActionPlan> findByMemberSlugWithMemberNewestFirst(String slug);

	/** The plans of the members, for their current plan numbers. */
	List<ActionPlan> findByMemberIn(Collection<Member> members);

	Optional<ActionPlan> findByMemberAndNumber(Member member, int number);

	Optional<ActionPlan> findById(Long id);

	/** Every plan with its member, for the plan choice of the commitment form. */
	@Query("select p from ActionPlan p join fetch p.member c order by c.name, p.number desc")
	List<ActionPlan> findAllWithMember();

	/** A member's plans with the member, for the admin list. */
	@Query("select p from ActionPlan p join fetch p.member c where c.id = :memberId order by p.number desc")
	List<ActionPlan> findByMemberIdWithMember(Long memberId);

	/** One plan with its member, for the edit form. */
	@Query("select p from ActionPlan p join fetch p.member where p.id = :id")
	Optional<ActionPlan> findForEditById(Long id);

	ActionPlan save(ActionPlan plan);

	void delete(ActionPlan plan);

}

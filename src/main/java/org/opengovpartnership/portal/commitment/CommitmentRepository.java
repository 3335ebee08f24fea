package org.opengovpartnership.portal.commitment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.opengovpartnership.portal.member.ActionPlan;
import org.opengovpartnership.portal.member.Member;
import org.opengovpartnership.portal.member.MemberDependents;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Commitments, as the member and commitment pages read them. A plan's commitments keep it
 * from being deleted (and, through the plan, its member).
 */
public interface CommitmentRepository extends Repository<Commitment, Long>, MemberDependents {

	/**
	 * A member's commitments with their plan, policy areas and milestones, newest plan
	 * first, by code within a plan: the member page counts the tags of commitments
	 * without a primary area, as OGP's export makes them.
	 */
	@Query("""
			select c from Commitment c join fetch c.actionPlan p left join fetch c.primaryPolicyArea
			left join fetch c.policyAreas left join fetch c.milestones where p.member = :member
			order by p.number desc, c.code""")
	List<Commitment> findByMemberNewestPlanFirst(Member member);

	/**
	 * One commitment of a member, with what its page shows: plan, member, policy areas
	 * and milestones.
	 */
	@Query("""
			select c from Commitment c join fetch c.actionPlan p join fetch p.member m
			left join fetch c.primaryPolicyArea left join fetch c.policyAreas left join fetch c.milestones
			where m.slug = :slug and c.code = :code""")
	Optional<Commitment> findPageByMemberSlugAndCode(String slug, String code);

	/**
	 * The code as stored of the member's commitment whose code differs from {@code code}
	 * only in case.
	 */
	@Query("""
			select c.code from Commitment c join c.actionPlan p join p.member m
			where m.slug = :slug and upper(c.code) = upper(:code)""")
	Optional<String> findCanonicalCode(String slug, String code);

	/** One commitment with everything its edit form shows. */
	@Query("""
			select c from Commitment c join fetch c.actionPlan p join fetch p.member
			left join fetch c.primaryPolicyArea left join fetch c.milestones
			where c.code = :code""")
	Optional<Commitment> findForEditByCode(String code);

	boolean existsByCode(String code);

	/**
	 * The codes and titles of a plan's commitments in code order, for the previous and
	 * next links.
	 */
	@Query("""
			select new org.opengovpartnership.portal.commitment.CommitmentLink(c.code, c.title)
			from Commitment c where c.actionPlan = :plan order by c.code""")
	List<CommitmentLink> findLinksByPlan(ActionPlan plan);

	long countByActionPlan(ActionPlan plan);

	@Override
	default long countFor(ActionPlan plan) {
		return countByActionPlan(plan);
	}

	/** The address of every commitment's page, by member and code: for the sitemap. */
	@Query("""
			select new org.opengovpartnership.portal.commitment.CommitmentAddress(m.slug, c.code)
			from Commitment c join c.actionPlan p join p.member m order by m.slug, c.code""")
	List<CommitmentAddress> findAllAddresses();

	/** How many commitments each of the members has; a member without any is left out. */
	@Query("""
			select new org.opengovpartnership.portal.commitment.CommitmentCount(p.member.id, count(c))
			from Commitment c join c.actionPlan p where p.member in :members group by p.member.id""")
	List<CommitmentCount> countByMember(Collection<Member> members);

	/**
	 * How many commitments each of the member's plans has; a plan without any is left
	 * out.
	 */
	@Query("""
			select new org.opengovpartnership.portal.commitment.CommitmentCount(p.id, count(c))
			from Commitment c join c.actionPlan p where p.member = :member group by p.id""")
	List<CommitmentCount> countByPlanOf(Member member);

	Commitment save(Commitment commitment);

	void delete(Commitment commitment);

}

package org.opengovpartnership.portal.country;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Members and what their profile page shows besides commitments and resources.
 */
public interface CountryRepository extends Repository<Country, Long> {

	/** The member with its contacts, in one statement. */
	@Query("select c from Country c left join fetch c.contacts where c.slug = :slug")
	Optional<Country> findProfileBySlug(String slug);

	Optional<Country> findBySlug(String slug);

	/**
	 * Every member with its current plan number, commitment count and whether its data covers only part of its
	 * commitments, in one statement.
	 */
	@Query("""
			select new org.opengovpartnership.portal.country.MemberSummary(c.slug, c.name, c.region, c.memberSince,
				max(p.number), count(cm.id), c.provenance.partial)
			from Country c left join ActionPlan p on p.country = c left join Commitment cm on cm.actionPlan = p
			group by c.id, c.slug, c.name, c.region, c.memberSince, c.provenance.partial
			order by c.name""")
	List<MemberSummary> findSummaries();

	@Query("select c from Country c order by c.name")
	List<Country> findAllByName();

	Optional<Country> findById(Long id);

	Country save(Country country);

	/** Deletes the member and, through the cascade, its contacts. */
	void delete(Country country);

	/** How many action plans, resources, posts and Global Report rows still belong to the member. */
	@Query("""
			select (select count(p) from ActionPlan p where p.country = :country)
				+ (select count(r) from MemberResource r where r.country = :country)
				+ (select count(n) from Post n where n.country = :country)
				+ (select count(d) from GlobalReportDimension d where d.country = :country)
			from Country c where c = :country""")
	long countDependents(Country country);

	@Query("select d from GlobalReportDimension d where d.country = :country order by d.position")
	List<GlobalReportDimension> findGlobalReportDimensions(Country country);

	@Query("select p from Post p where p.country = :country order by p.position")
	List<Post> findPosts(Country country);

}

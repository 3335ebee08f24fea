package org.opengovpartnership.portal.country;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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

	@Query("select c from Country c order by c.name")
	List<Country> findAllByName();

	/** A page of members by name. */
	@Query(value = "select c from Country c order by c.name, c.slug", countQuery = "select count(c) from Country c")
	Page<Country> findPageByName(Pageable pageable);

	Optional<Country> findById(Long id);

	Country save(Country country);

	/** Deletes the member and, through the cascade, its contacts. */
	void delete(Country country);

	/**
	 * How many action plans, posts and Global Report rows still belong to the member; other modules count theirs
	 * through {@link MemberDependents}.
	 */
	@Query("""
			select (select count(p) from ActionPlan p where p.country = :country)
				+ (select count(n) from Post n where n.country = :country)
				+ (select count(d) from GlobalReportDimension d where d.country = :country)
			from Country c where c = :country""")
	long countDependents(Country country);

}

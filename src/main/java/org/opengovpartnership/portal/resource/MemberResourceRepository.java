package org.opengovpartnership.portal.resource;

import java.util.List;
import java.util.Optional;

import org.opengovpartnership.portal.country.Country;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * A member's resources, in the order its page lists them.
 */
public interface MemberResourceRepository extends Repository<MemberResource, Long> {

	@Query("select r from MemberResource r where r.country = :country order by r.position")
	List<MemberResource> findByCountry(Country country);

	/** One resource with its member, for the edit form. */
	@Query("select x from MemberResource x join fetch x.country where x.id = :id")
	Optional<MemberResource> findForEditById(Long id);

	/** Every resource with its member, by member and position, for the admin list. */
	@Query("select x from MemberResource x join fetch x.country m order by m.name, x.position")
	List<MemberResource> findAllWithCountry();

	/** A member's resources with the member, for the admin list. */
	@Query("select x from MemberResource x join fetch x.country m where m.id = :countryId order by x.position")
	List<MemberResource> findByCountryIdWithCountry(Long countryId);

	/** The last position used by the member's resources, 0 when it has none. */
	@Query("select coalesce(max(x.position), 0) from MemberResource x where x.country = :country")
	int maxPosition(Country country);

	/** A member's resources of a type and year, either filter left out when null, in page order. */
	@Query("""
			select r from MemberResource r where r.country = :country
			and (:type is null or r.type = :type) and (:year is null or r.publishedYear = :year)
			order by r.position""")
	List<MemberResource> findByCountryFiltered(Country country, String type, Integer year);

	/** The types a member's resources have, for the filter's choices. */
	@Query("select distinct r.type from MemberResource r where r.country = :country and r.type is not null order by r.type")
	List<String> findTypes(Country country);

	/** The years a member's resources were published, newest first. */
	@Query("""
			select distinct r.publishedYear from MemberResource r
			where r.country = :country and r.publishedYear is not null order by r.publishedYear desc""")
	List<Integer> findYears(Country country);

	MemberResource save(MemberResource resource);

	void delete(MemberResource resource);

}

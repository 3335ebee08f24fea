package org.opengovpartnership.portal.resource;

import java.util.List;

import org.opengovpartnership.portal.country.Country;
import org.opengovpartnership.portal.country.MemberRecordRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * A member's resources, in the order its page lists them.
 */
public interface MemberResourceRepository extends MemberRecordRepository<MemberResource> {

	@Query("select r from MemberResource r where r.country = :country order by r.position")
	List<MemberResource> findByCountry(Country country);

	long countByCountry(Country country);

	/** A member's resources of a type and year, either filter left out when null, in page order. */
	@Query("""
			select r from MemberResource r where r.country = :country
			and (:type is null or r.type = :type) and (:year is null or r.publishedYear = :year)
			order by r.position""")
	List<MemberResource> findByCountryFiltered(Country country, String type, Integer year);

	/** The types a member's resources have, for the filter's choices. */
	@Query("""
			select distinct r.type from MemberResource r where r.country = :country and r.type is not null
			order by r.type""")
	List<String> findTypes(Country country);

	/** The years a member's resources were published, newest first. */
	@Query("""
			select distinct r.publishedYear from MemberResource r
			where r.country = :country and r.publishedYear is not null order by r.publishedYear desc""")
	List<Integer> findYears(Country country);

}

package org.opengovpartnership.portal.resource;

import java.util.List;

import org.opengovpartnership.portal.country.Country;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * A member's resources, in the order its page lists them.
 */
public interface MemberResourceRepository extends Repository<MemberResource, Long> {

	@Query("select r from MemberResource r where r.country = :country order by r.position")
	List<MemberResource> findByCountry(Country country);

	MemberResource save(MemberResource resource);

}

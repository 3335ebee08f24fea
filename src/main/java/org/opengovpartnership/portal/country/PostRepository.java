package org.opengovpartnership.portal.country;

import java.util.List;

import org.springframework.data.jpa.repository.Query;

/**
 * Posts, as the member page and the admin forms read and write them.
 */
public interface PostRepository extends MemberRecordRepository<Post> {

	/** A member's posts in their order on the page. */
	@Query("select x from Post x where x.country = :country order by x.position")
	List<Post> findByCountry(Country country);

}

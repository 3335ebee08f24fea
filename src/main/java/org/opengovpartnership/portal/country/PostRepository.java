package org.opengovpartnership.portal.country;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Posts as the admin forms read and write them; the member page reads them through its own queries.
 */
interface PostRepository extends Repository<Post, Long> {

	/** One post with its member, for the edit form. */
	@Query("select x from Post x join fetch x.country where x.id = :id")
	Optional<Post> findForEditById(Long id);

	/** Every post with its member, by member and position. */
	@Query("select x from Post x join fetch x.country m order by m.name, x.position")
	List<Post> findAllWithCountry();

	/** A member's posts in their order on the page. */
	@Query("select x from Post x join fetch x.country m where m.id = :countryId order by x.position")
	List<Post> findByCountryIdWithCountry(Long countryId);

	/** The last position used by the member's posts, 0 when it has none. */
	@Query("select coalesce(max(x.position), 0) from Post x where x.country = :country")
	int maxPosition(Country country);

	Post save(Post post);

	void delete(Post post);

}

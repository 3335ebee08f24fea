package org.opengovpartnership.portal.member;

import java.util.List;

import org.springframework.data.jpa.repository.Query;

/**
 * Posts, as the member page and the admin forms read and write them.
 */
public interface PostRepository extends MemberRecordRepository<Post> {

	/** A member's posts in their order on the page. */
	@Query("select x from Post x where x.member = :member order by x.position")
	List<Post> findByMember(Member member);

}

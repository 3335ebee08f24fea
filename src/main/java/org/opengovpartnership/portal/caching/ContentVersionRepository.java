package org.opengovpartnership.portal.caching;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Bumps the content versions. Each bump flushes the caller's pending changes first, so it
 * applies to rows the same transaction has just created or renamed, and a conflict
 * surfaces as Spring's exception (such as an optimistic locking failure) like any other
 * repository call.
 */
interface ContentVersionRepository extends Repository<ContentVersion, Integer> {

	@Modifying(flushAutomatically = true)
	@Query(value = "update members set content_version = content_version + 1 where slug = :slug", nativeQuery = true)
	int bumpMember(String slug);

	@Modifying(flushAutomatically = true)
	@Query(value = "update content_versions set any_change = any_change + 1 where id = 1", nativeQuery = true)
	int bumpAnyChange();

	@Modifying(flushAutomatically = true)
	@Query(value = "update content_versions set every_member = every_member + 1, any_change = any_change + 1 where id = 1",
			nativeQuery = true)
	int bumpEveryMember();

}

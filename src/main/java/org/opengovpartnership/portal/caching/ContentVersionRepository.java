package org.opengovpartnership.portal.caching;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Reads and bumps the content versions. The bumps flush the caller's pending changes first, so they apply to rows
 * the same transaction has just created or renamed.
 */
interface ContentVersionRepository extends Repository<ContentVersion, Integer> {

	@Query("select v from ContentVersion v where v.id = 1")
	ContentVersion findCurrent();

	@Query("""
			select new org.opengovpartnership.portal.caching.MemberVersion(c.id, c.contentVersion, v.everyMember)
			from Country c, ContentVersion v where c.slug = :slug and v.id = 1""")
	Optional<MemberVersion> findMemberVersion(String slug);

	/**
	 * The member with its contacts, as the member page shows it, and the version of changes shown on every member's
	 * page: one statement that both the ETag and the page use. One row per contact, each with the same member.
	 */
	@Query("""
			select c, v.everyMember from Country c left join fetch c.contacts, ContentVersion v
			where c.slug = :slug and v.id = 1""")
	List<Object[]> findMemberProfileWithVersion(String slug);

	@Modifying(flushAutomatically = true)
	@Query(value = "update countries set content_version = content_version + 1 where slug = :slug", nativeQuery = true)
	int bumpMember(String slug);

	@Modifying(flushAutomatically = true)
	@Query(value = "update content_versions set any_change = any_change + 1 where id = 1", nativeQuery = true)
	int bumpAnyChange();

	@Modifying(flushAutomatically = true)
	@Query(value = "update content_versions set every_member = every_member + 1, any_change = any_change + 1 where id = 1",
			nativeQuery = true)
	int bumpEveryMember();

}

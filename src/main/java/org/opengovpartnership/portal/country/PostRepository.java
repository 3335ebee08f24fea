package org.opengovpartnership.portal.country;

/**
 * Posts as the admin forms read and write them; the member page reads them through its own queries.
 */
interface PostRepository extends MemberRecordRepository<Post> {
}

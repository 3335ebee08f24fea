package org.opengovpartnership.portal.member;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;

/**
 * The queries the admin forms need for every kind of member record;
 * {@code #{#entityName}} is the kind's entity.
 *
 * @param <E> the kind's entity
 */
@NoRepositoryBean
public interface MemberRecordRepository<E extends MemberRecord<?>> extends Repository<E, Long> {

	/** One record with its member, for the edit form. */
	@Query("select x from #{#entityName} x join fetch x.member where x.id = :id")
	Optional<E> findForEditById(Long id);

	/** Every record with its member, by member and position. */
	@Query("select x from #{#entityName} x join fetch x.member m order by m.name, x.position")
	List<E> findAllWithMember();

	/** A member's records, with the member, in their order on the page. */
	@Query("select x from #{#entityName} x join fetch x.member m where m.id = :memberId order by x.position")
	List<E> findByMemberIdWithMember(Long memberId);

	/** The last position used by the member's records, 0 when it has none. */
	@Query("select coalesce(max(x.position), 0) from #{#entityName} x where x.member = :member")
	int maxPosition(Member member);

	E save(E record);

	void delete(E record);

}

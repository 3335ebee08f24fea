package org.opengovpartnership.portal.member;

import java.util.List;

import org.springframework.data.jpa.repository.Query;

/**
 * Global Report rows, as the member page and the admin forms read and write them.
 */
public interface GlobalReportDimensionRepository extends MemberRecordRepository<GlobalReportDimension> {

	/** A member's Global Report rows in their order on the page. */
	@Query("select x from GlobalReportDimension x where x.member = :member order by x.position")
	List<GlobalReportDimension> findByMember(Member member);

}

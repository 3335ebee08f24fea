package org.opengovpartnership.portal.audit;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The audit trail, newest first.
 */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

	AuditEvent save(AuditEvent event);

	@Query("select e from AuditEvent e order by e.occurredAt desc, e.id desc")
	Page<AuditEvent> findNewestFirst(Pageable pageable);

	@Query("""
			select e from AuditEvent e where e.subjectType = :subjectType and e.subjectKey = :subjectKey
			order by e.occurredAt desc, e.id desc""")
	List<AuditEvent> findBySubject(String subjectType, String subjectKey);

}

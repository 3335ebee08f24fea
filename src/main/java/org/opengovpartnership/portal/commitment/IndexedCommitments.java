package org.opengovpartnership.portal.commitment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.opengovpartnership.portal.system.CommittedVersions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the search index reads from the database: the commitments' indexed values, as
 * plain values rather than entities, and the content versions they are of. Each read is a
 * transaction of its own: the index reads after a change has committed, while the
 * finished transaction is still bound to the thread.
 */
@Component
class IndexedCommitments {

	private static final int IDS_PER_STATEMENT = 100;

	private final EntityManager entityManager;

	private final TransactionTemplate reading;

	private final TransactionTemplate writing;

	private final CommittedVersions versions;

	IndexedCommitments(EntityManager entityManager, PlatformTransactionManager transactions,
			CommittedVersions versions) {
		this.entityManager = entityManager;
		this.versions = versions;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.reading.setReadOnly(true);
		this.writing = new TransactionTemplate(transactions);
		this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The ids of the commitments of one member, or of every member for a null slug. */
	List<Long> ids(String slug) {
		String ofMember = (slug != null) ? " where c.actionPlan.member.slug = :slug" : "";
		return this.reading.execute((status) -> withSlug(this.entityManager
			.createQuery("select c.id from Commitment c" + ofMember + " order by c.id", Long.class), slug)
			.getResultList());
	}

	/**
	 * The content versions now, read before the commitments they are the versions of: a
	 * change committed in between is indexed and its version found moved at the next
	 * start, which indexes it again (never the other way round).
	 */
	IndexedVersions versions() {
		// Not read-only: the first read chooses the database's identity.
		CommittedVersions.Versions now = this.writing.execute((status) -> this.versions.committed());
		return new IndexedVersions(now.database(), now.everyMember(), now.members());
	}

	/** The indexed values of these commitments, as committed. */
	List<IndexedCommitment> read(List<Long> ids) {
		return this.reading.execute((status) -> {
			List<IndexedCommitment> read = new ArrayList<>(ids.size());
			// A few ids per statement: H2 checks each row found against every id listed.
			for (int from = 0; from < ids.size(); from += IDS_PER_STATEMENT) {
				read.addAll(readSome(ids.subList(from, Math.min(ids.size(), from + IDS_PER_STATEMENT))));
			}
			return read;
		});
	}

	private List<IndexedCommitment> readSome(List<Long> ids) {
		Map<Long, List<String>> tags = new HashMap<>();
		for (Object[] row : this.entityManager.createQuery("""
				select c.id, a.name from Commitment c join c.policyAreas a where c.id in :ids""", Object[].class)
			.setParameter("ids", ids)
			.getResultList()) {
			tags.computeIfAbsent((Long) row[0], (id) -> new ArrayList<>()).add((String) row[1]);
		}
		List<IndexedCommitment> read = new ArrayList<>(ids.size());
		for (Object[] row : this.entityManager.createQuery("""
				select c.id, c.code, c.title, c.shortTitle, c.description, c.leadInstitution,
				c.supportingInstitutions, m.slug, m.name, m.region, m.governmentLevel, p.number, p.startYear,
				pa.name, c.status, c.irmCompletion, c.irmPotentialImpact, c.irmOpenedGovernment, c.irmStarred,
				c.updatedAt
				from Commitment c join c.actionPlan p join p.member m left join c.primaryPolicyArea pa
				where c.id in :ids""", Object[].class).setParameter("ids", ids).getResultList()) {
			long id = (Long) row[0];
			read.add(new IndexedCommitment(id, (String) row[1], (String) row[2], (String) row[3], (String) row[4],
					(String) row[5], (String) row[6], (String) row[7], (String) row[8], (String) row[9], name(row[10]),
					(Integer) row[11], (Integer) row[12], (String) row[13], tags.getOrDefault(id, List.of()),
					name(row[14]), (String) row[15], (String) row[16], (String) row[17], (Boolean) row[18],
					(Instant) row[19]));
		}
		return read;
	}

	private static <Q extends TypedQuery<?>> Q withSlug(Q query, String slug) {
		if (slug != null) {
			query.setParameter("slug", slug);
		}
		return query;
	}

	private static String name(Object value) {
		return (value != null) ? ((Enum<?>) value).name() : null;
	}

}

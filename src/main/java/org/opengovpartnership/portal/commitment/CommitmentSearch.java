package org.opengovpartnership.portal.commitment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Repository;

/**
 * Finds commitments by a {@link CommitmentFilter}, in the order lists show them: by member, newest plan first, by
 * code. Queries select ids first and then load those commitments with their plan, member and policy areas, so that
 * pages and exports cost a fixed number of statements per chunk.
 */
@Repository
public class CommitmentSearch {

	private final EntityManager entityManager;

	CommitmentSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** The ids of every matching commitment, in list order. */
	public List<Long> ids(CommitmentFilter filter) {
		return query(filter, "c.id", Long.class, true).getResultList();
	}

	/** One page of matching commitments, loaded with their plan, member and policy areas. */
	public Page<Commitment> page(CommitmentFilter filter, Pageable pageable) {
		long total = query(filter, "count(c)", Long.class, false).getSingleResult();
		List<Long> ids = (total == 0) ? List.of()
				: query(filter, "c.id", Long.class, true).setFirstResult((int) pageable.getOffset())
					.setMaxResults(pageable.getPageSize())
					.getResultList();
		return new PageImpl<>(load(ids), pageable, total);
	}

	/** The commitments with these ids, in the ids' order, with their plan, member and policy areas. */
	public List<Commitment> load(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Commitment> byId = new HashMap<>();
		for (Commitment commitment : this.entityManager.createQuery("""
				select c from Commitment c join fetch c.actionPlan p join fetch p.country
				left join fetch c.primaryPolicyArea left join fetch c.policyAreas where c.id in :ids""", Commitment.class)
			.setParameter("ids", ids)
			.getResultList()) {
			byId.put(commitment.getId(), commitment);
		}
		List<Commitment> ordered = new ArrayList<>(ids.size());
		for (Long id : ids) {
			ordered.add(byId.get(id));
		}
		return ordered;
	}

	/** Loads the milestones of these commitments, in one statement; call inside the transaction that loaded them. */
	public void loadMilestones(Collection<Commitment> commitments) {
		if (!commitments.isEmpty()) {
			this.entityManager
				.createQuery("select distinct c from Commitment c left join fetch c.milestones where c in :commitments",
						Commitment.class)
				.setParameter("commitments", commitments)
				.getResultList();
		}
	}

	/** The commitment with this code, with its plan, member, policy areas and milestones. */
	public java.util.Optional<Commitment> findByCode(String code) {
		List<Commitment> found = this.entityManager.createQuery("""
				select c from Commitment c join fetch c.actionPlan p join fetch p.country
				left join fetch c.primaryPolicyArea left join fetch c.policyAreas where c.code = :code""", Commitment.class)
			.setParameter("code", code)
			.getResultList();
		loadMilestones(found);
		return found.stream().findFirst();
	}

	/** A member's commitments, most recently changed first. */
	public List<Commitment> recentlyChanged(String memberSlug, int limit) {
		return this.entityManager.createQuery("""
				select c from Commitment c join fetch c.actionPlan p join p.country m where m.slug = :member
				order by c.updatedAt desc nulls last, c.code""", Commitment.class)
			.setParameter("member", memberSlug)
			.setMaxResults(limit)
			.getResultList();
	}

	private <T> TypedQuery<T> query(CommitmentFilter filter, String select, Class<T> type, boolean ordered) {
		StringBuilder jpql = new StringBuilder("select ").append(select)
			.append(" from Commitment c join c.actionPlan p join p.country m left join c.primaryPolicyArea pa where 1 = 1");
		Map<String, Object> parameters = new LinkedHashMap<>();
		if (filter.member() != null) {
			jpql.append(" and m.slug = :member");
			parameters.put("member", filter.member());
		}
		if (filter.plan() != null) {
			jpql.append(" and p.number = :plan");
			parameters.put("plan", filter.plan());
		}
		if (filter.year() != null) {
			jpql.append(" and p.startYear = :year");
			parameters.put("year", filter.year());
		}
		if (filter.status() != null) {
			jpql.append(" and c.status = :status");
			parameters.put("status", filter.status());
		}
		if (filter.area() != null) {
			jpql.append(" and (lower(pa.name) = :area or exists (select 1 from c.policyAreas a where lower(a.name) = :area))");
			parameters.put("area", filter.area().toLowerCase(Locale.ROOT));
		}
		if (filter.q() != null) {
			jpql.append(" and (lower(c.code) like :q escape '!' or lower(c.title) like :q escape '!'")
				.append(" or lower(c.shortTitle) like :q escape '!')");
			parameters.put("q", "%" + filter.q()
				.toLowerCase(Locale.ROOT)
				.replace("!", "!!")
				.replace("%", "!%")
				.replace("_", "!_") + "%");
		}
		if (ordered) {
			jpql.append(" order by m.name, p.number desc, c.code");
		}
		TypedQuery<T> query = this.entityManager.createQuery(jpql.toString(), type);
		parameters.forEach(query::setParameter);
		return query;
	}

}

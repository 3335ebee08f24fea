package org.opengovpartnership.portal.commitment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.opengovpartnership.portal.member.ActionPlan;
import org.opengovpartnership.portal.member.Member;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The explorer's queries: one member's commitments narrowed by any combination of
 * filters, and the counts per policy area and per plan that sit beside them. Every value
 * reaches SQL as a parameter. The exports and the API use the same filters, for one
 * member or (with a null member) the whole portal, selecting ids first and then loading
 * those commitments with what they show, a fixed number of statements per chunk.
 */
@Component
@Transactional(readOnly = true)
public class CommitmentSearch {

	private final EntityManager entityManager;

	private final CommitmentIndex index;

	private final CommitmentFinder finder;

	CommitmentSearch(EntityManager entityManager, CommitmentIndex index, CommitmentFinder finder) {
		this.entityManager = entityManager;
		this.index = index;
		this.finder = finder;
	}

	/**
	 * One page of the member's commitments that pass a filter without words, in the
	 * filter's order, from the database ({@link #explore} asks the index for words).
	 */
	private Page<Commitment> find(Member member, CommitmentFilter filter, int pageSize) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();

		CriteriaQuery<Long> count = cb.createQuery(Long.class);
		Root<Commitment> counted = count.from(Commitment.class);
		count.select(cb.count(counted)).where(predicates(cb, count, counted, member, filter));
		long total = this.entityManager.createQuery(count).getSingleResult();

		CriteriaQuery<Commitment> select = cb.createQuery(Commitment.class);
		Root<Commitment> commitment = select.from(Commitment.class);
		commitment.fetch("actionPlan");
		commitment.fetch("primaryPolicyArea", JoinType.LEFT);
		select.select(commitment)
			.where(predicates(cb, select, commitment, member, filter))
			.orderBy(order(cb, commitment, filter.getSort()));
		// A page past the end (an old link, a typed number) shows the last page rather
		// than nothing or an overflow.
		int lastPage = (int) Math.max(0, (total - 1) / pageSize);
		int page = Math.min(filter.getPage(), lastPage);
		TypedQuery<Commitment> query = this.entityManager.createQuery(select);
		query.setFirstResult(page * pageSize).setMaxResults(pageSize);
		List<Commitment> found = query.getResultList();
		// Their rows show their progress.
		loadMilestones(found);
		return new PageImpl<>(found, PageRequest.of(page, pageSize), total);
	}

	/**
	 * One page of the member's commitments that pass the filter, with the counts per
	 * policy area and per plan beside it; a search asks the index once for all three.
	 */
	Explored explore(Member member, CommitmentFilter filter, int pageSize) {
		if (!StringUtils.hasText(filter.getQ())) {
			return new Explored(find(member, filter, pageSize), countByPolicyArea(member, filter),
					countByPlan(member, filter));
		}
		CommitmentFinder.Explored found = this.finder.explore(filter.ofMember(member.getSlug()), filter.getPage(),
				pageSize, Map.of(CommitmentDocuments.TAG, CommitmentDocuments.AREA, CommitmentDocuments.PLAN,
						CommitmentDocuments.PLAN));
		List<Commitment> page = load(found.hits().ids());
		// Their rows show their progress.
		loadMilestones(page);
		return new Explored(new PageImpl<>(page, PageRequest.of(found.hits().page(), pageSize), found.hits().total()),
				found.counts().get(CommitmentDocuments.TAG),
				newestPlanFirst(found.counts().get(CommitmentDocuments.PLAN)));
	}

	/**
	 * One page of the commitments of every member that pass the filter (member, region
	 * and level of government too), in the filter's order, with the count of each value
	 * of every filter beside it (each ignoring its own filter), from one pass over the
	 * index where it can.
	 */
	AcrossMembers exploreAcrossMembers(CommitmentFilter filter, int pageSize) {
		Map<String, String> counted = new LinkedHashMap<>();
		CommitmentFinder.COUNTED.forEach((field) -> counted.put(field, field));
		CommitmentFinder.Explored found = this.finder.explore(filter, filter.getPage(), pageSize, counted);
		return new AcrossMembers(new PageImpl<>(load(found.hits().ids()), PageRequest.of(found.hits().page(), pageSize),
				found.hits().total()), found.counts());
	}

	/**
	 * One page of the commitments whose code or title contains the text, whatever its
	 * case (every one for an empty text), by member, newest plan first, then code: the
	 * admin list, from the index (a scan of every row on H2 took 2 s at 50,000).
	 */
	public Page<Commitment> containing(String text, int page, int pageSize) {
		CommitmentFinder.Hits hits = this.finder.containing(text, page, pageSize);
		return new PageImpl<>(load(hits.ids()), PageRequest.of(hits.page(), pageSize), hits.total());
	}

	/**
	 * The most recently changed commitments of every member that pass the filter, latest
	 * first.
	 */
	public List<Commitment> recentlyChangedAcrossMembers(CommitmentFilter filter, int limit) {
		return load(this.finder.recentlyChanged(filter, limit));
	}

	private Page<Commitment> pageFromIndex(CommitmentFilter filter, int page, int pageSize, boolean byMemberFirst) {
		CommitmentFinder.Hits hits = this.finder.page(filter, page, pageSize, byMemberFirst);
		List<Commitment> found = load(hits.ids());
		// Their rows show their progress.
		loadMilestones(found);
		return new PageImpl<>(found, PageRequest.of(hits.page(), pageSize), hits.total());
	}

	/**
	 * The ids matching the filter's query, best first, asked of the index once per
	 * filter; null for no query.
	 */
	private List<Long> matches(Member member, CommitmentFilter filter) {
		if (filter.getMatches() == null && StringUtils.hasText(filter.getQ())) {
			filter.setMatches(this.index.ranked((member != null) ? member.getSlug() : null, filter.getQ()));
		}
		return filter.getMatches();
	}

	/**
	 * The ids of every commitment that passes the filter, in the filter's order; for the
	 * whole portal (a null member) by member name first.
	 */
	public List<Long> ids(Member member, CommitmentFilter filter) {
		if (member == null) {
			// Across members the index filters (member, region and level too), rather
			// than the database.
			return this.finder.all(filter);
		}
		return idQuery(member, filter).getResultList();
	}

	/** One page of the commitments that pass the filter, loaded as {@link #load} does. */
	public Page<Commitment> page(Member member, CommitmentFilter filter, Pageable pageable) {
		if (member != null && StringUtils.hasText(filter.getQ())) {
			return pageFromIndex(filter.ofMember(member.getSlug()), pageable.getPageNumber(), pageable.getPageSize(),
					true);
		}
		if (member == null && (StringUtils.hasText(filter.getQ()) || StringUtils.hasText(filter.getMember())
				|| StringUtils.hasText(filter.getRegion()) || StringUtils.hasText(filter.getLevel()))) {
			return pageFromIndex(filter, pageable.getPageNumber(), pageable.getPageSize(), true);
		}
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> count = cb.createQuery(Long.class);
		Root<Commitment> counted = count.from(Commitment.class);
		count.select(cb.count(counted)).where(predicates(cb, count, counted, member, filter));
		long total = this.entityManager.createQuery(count).getSingleResult();
		List<Long> ids = (total == 0) ? List.of()
				: idQuery(member, filter).setFirstResult((int) pageable.getOffset())
					.setMaxResults(pageable.getPageSize())
					.getResultList();
		return new PageImpl<>(load(ids), pageable, total);
	}

	private TypedQuery<Long> idQuery(Member member, CommitmentFilter filter) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> select = cb.createQuery(Long.class);
		Root<Commitment> commitment = select.from(Commitment.class);
		List<Order> order = new ArrayList<>();
		if (member == null) {
			Path<Member> ofCommitment = commitment.get("actionPlan").get("member");
			order.add(cb.asc(ofCommitment.get("name")));
			order.add(cb.asc(ofCommitment.get("id")));
		}
		order.addAll(order(cb, commitment, filter.getSort()));
		select.select(commitment.get("id")).where(predicates(cb, select, commitment, member, filter)).orderBy(order);
		return this.entityManager.createQuery(select);
	}

	/**
	 * The commitments with these ids, in the ids' order, with their plan, member and
	 * policy areas.
	 */
	public List<Commitment> load(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Commitment> byId = new HashMap<>();
		for (Commitment commitment : this.entityManager
			.createQuery("""
					select c from Commitment c join fetch c.actionPlan p join fetch p.member
					left join fetch c.primaryPolicyArea left join fetch c.policyAreas where c.id in :ids""",
					Commitment.class)
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

	/**
	 * Loads the milestones of these commitments in one statement; call inside the
	 * transaction that loaded them.
	 */
	public void loadMilestones(Collection<Commitment> commitments) {
		if (!commitments.isEmpty()) {
			this.entityManager
				.createQuery("select distinct c from Commitment c left join fetch c.milestones where c in :commitments",
						Commitment.class)
				.setParameter("commitments", commitments)
				.getResultList();
		}
	}

	/**
	 * The commitment with this code, with its plan, member, policy areas and milestones.
	 */
	public Optional<Commitment> findByCode(String code) {
		List<Commitment> found = this.entityManager
			.createQuery("""
					select c from Commitment c join fetch c.actionPlan p join fetch p.member
					left join fetch c.primaryPolicyArea left join fetch c.policyAreas where c.code = :code""",
					Commitment.class)
			.setParameter("code", code)
			.getResultList();
		loadMilestones(found);
		return found.stream().findFirst();
	}

	/** A member's commitments, most recently changed first. */
	public List<Commitment> recentlyChanged(Member member, int limit) {
		return this.entityManager.createQuery("""
				select c from Commitment c join fetch c.actionPlan p where p.member = :member
				order by c.updatedAt desc nulls last, c.code""", Commitment.class)
			.setParameter("member", member)
			.setMaxResults(limit)
			.getResultList();
	}

	/**
	 * How many of the filtered commitments (ignoring the area filter) each policy area
	 * has, most first; without words to search (the index counts those in
	 * {@link #explore}).
	 */
	Map<String, Long> countByPolicyArea(Member member, CommitmentFilter filter) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
		Root<Commitment> commitment = query.from(Commitment.class);
		Join<Commitment, PolicyArea> area = commitment.join("policyAreas");
		Path<String> name = area.get("name");
		query.multiselect(name, cb.countDistinct(commitment))
			.where(predicates(cb, query, commitment, member, filter.withoutArea()))
			.groupBy(name)
			.orderBy(cb.desc(cb.countDistinct(commitment)), cb.asc(name));
		return toMap(this.entityManager.createQuery(query).getResultList());
	}

	/**
	 * How many of the filtered commitments (ignoring the plan filter) each plan has,
	 * newest plan first; without words to search (the index counts those in
	 * {@link #explore}).
	 */
	Map<Integer, Long> countByPlan(Member member, CommitmentFilter filter) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
		Root<Commitment> commitment = query.from(Commitment.class);
		Path<Integer> number = commitment.get("actionPlan").get("number");
		query.multiselect(number, cb.count(commitment))
			.where(predicates(cb, query, commitment, member, filter.withoutPlan()))
			.groupBy(number)
			.orderBy(cb.desc(number));
		return toMap(this.entityManager.createQuery(query).getResultList());
	}

	private Predicate[] predicates(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Commitment> commitment,
			Member member, CommitmentFilter filter) {
		Path<ActionPlan> plan = commitment.get("actionPlan");
		List<Predicate> where = new ArrayList<>();
		if (member != null) {
			where.add(cb.equal(plan.get("member"), member));
		}
		if (filter.getPlan() != null) {
			where.add(cb.equal(plan.get("number"), filter.getPlan()));
		}
		if (filter.getYear() != null) {
			where.add(cb.equal(plan.get("startYear"), filter.getYear()));
		}
		if (StringUtils.hasText(filter.getArea())) {
			Subquery<Long> tagged = query.subquery(Long.class);
			Root<Commitment> same = tagged.from(Commitment.class);
			Join<Commitment, PolicyArea> area = same.join("policyAreas");
			tagged.select(same.get("id"))
				.where(cb.equal(same, commitment), cb.equal(area.get("name"), filter.getArea()));
			Join<Commitment, PolicyArea> primary = commitment.join("primaryPolicyArea", JoinType.LEFT);
			where.add(cb.or(cb.exists(tagged), cb.equal(primary.get("name"), filter.getArea())));
		}
		if (filter.getStatus() != null) {
			where.add(cb.equal(commitment.get("status"), filter.getStatus()));
		}
		if (StringUtils.hasText(filter.getCompletion())) {
			where.add(cb.equal(commitment.get("irmCompletion"), filter.getCompletion()));
		}
		if (StringUtils.hasText(filter.getImpact())) {
			where.add(cb.equal(commitment.get("irmPotentialImpact"), filter.getImpact()));
		}
		if (StringUtils.hasText(filter.getOpened())) {
			where.add(cb.equal(commitment.get("irmOpenedGovernment"), filter.getOpened()));
		}
		if (filter.getStarred() != null) {
			where.add(cb.equal(commitment.get("irmStarred"), filter.getStarred()));
		}
		List<Long> matches = matches(member, filter);
		if (matches != null) {
			where.add(matches.isEmpty() ? cb.disjunction() : commitment.get("id").in(matches));
		}
		return where.toArray(Predicate[]::new);
	}

	private static List<Order> order(CriteriaBuilder cb, Root<Commitment> commitment, CommitmentFilter.Sort sort) {
		return switch (sort) {
			case CODE -> List.of(cb.asc(commitment.get("code")));
			// Ranked by the index where a query is given; the order of the rest is the
			// newest plan's.
			case RELEVANCE ->
				List.of(cb.desc(commitment.get("actionPlan").get("number")), cb.asc(commitment.get("code")));
			case TITLE -> List.of(cb.asc(cb.lower(commitment.get("title"))), cb.asc(commitment.get("code")));
			case NEWEST -> List.of(cb.desc(commitment.get("actionPlan").get("number")), cb.asc(commitment.get("code")));
		};
	}

	private static Map<Integer, Long> newestPlanFirst(Map<String, Long> byPlanNumber) {
		Map<Integer, Long> byPlan = new TreeMap<>(Comparator.reverseOrder());
		byPlanNumber.forEach((plan, count) -> byPlan.put(Integer.valueOf(plan), count));
		return new LinkedHashMap<>(byPlan);
	}

	@SuppressWarnings("unchecked")
	private static <K> Map<K, Long> toMap(List<Object[]> rows) {
		Map<K, Long> counts = new LinkedHashMap<>();
		rows.forEach(row -> counts.put((K) row[0], (Long) row[1]));
		return counts;
	}

	/** A page of a member's explorer and the counts beside its filters. */
	record Explored(Page<Commitment> results, Map<String, Long> areaCounts, Map<Integer, Long> planCounts) {
	}

	/** A page of the explorer across members and the counts beside its filters. */
	record AcrossMembers(Page<Commitment> results, Map<String, Map<String, Long>> counts) {
	}

}

package org.opengovpartnership.portal.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.opengovpartnership.portal.api.ApiModels.ActionPlan;
import org.opengovpartnership.portal.api.ApiModels.Commitment;
import org.opengovpartnership.portal.api.ApiModels.Irm;
import org.opengovpartnership.portal.api.ApiModels.Member;
import org.opengovpartnership.portal.api.ApiModels.Milestone;
import org.opengovpartnership.portal.api.ApiModels.Resource;
import org.opengovpartnership.portal.commitment.CommitmentDetails;
import org.opengovpartnership.portal.commitment.CommitmentFilter;
import org.opengovpartnership.portal.commitment.CommitmentSearch;
import org.opengovpartnership.portal.commitment.PolicyArea;
import org.opengovpartnership.portal.country.ActionPlanRepository;
import org.opengovpartnership.portal.country.Country;
import org.opengovpartnership.portal.country.CountryRepository;
import org.opengovpartnership.portal.resource.MemberResourceRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what the API returns and turns entities into its records, inside one read-only transaction per request.
 */
@Service
@Transactional(readOnly = true)
class ApiQueries {

	private final EntityManager entityManager;

	private final CountryRepository countries;

	private final ActionPlanRepository plans;

	private final CommitmentSearch commitments;

	private final MemberResourceRepository resources;

	ApiQueries(EntityManager entityManager, CountryRepository countries, ActionPlanRepository plans,
			CommitmentSearch commitments, MemberResourceRepository resources) {
		this.entityManager = entityManager;
		this.countries = countries;
		this.plans = plans;
		this.commitments = commitments;
		this.resources = resources;
	}

	Page<Member> members(Pageable pageable) {
		long total = this.entityManager.createQuery("select count(c) from Country c", Long.class).getSingleResult();
		List<Member> members = this.entityManager.createQuery(memberQuery("") + " order by c.name, c.slug",
				Member.class)
			.setFirstResult((int) pageable.getOffset())
			.setMaxResults(pageable.getPageSize())
			.getResultList();
		return new PageImpl<>(members, pageable, total);
	}

	Member member(String slug) {
		return this.entityManager.createQuery(memberQuery(" where c.slug = :slug"), Member.class)
			.setParameter("slug", slug)
			.getResultStream()
			.findFirst()
			.orElseThrow(() -> ApiException.notFound("No member has the slug \u201c" + slug + "\u201d."));
	}

	private static String memberQuery(String where) {
		return """
				select new org.opengovpartnership.portal.api.ApiModels$Member(c.slug, c.name, c.iso3, c.region,
					c.memberSince, cast(c.governmentLevel as String), max(p.number), count(cm.id),
					c.provenance.source, c.provenance.fileName, c.provenance.importedOn, c.provenance.commitmentCount,
					c.provenance.planNumbers, c.provenance.partial)
				from Country c left join ActionPlan p on p.country = c left join Commitment cm on cm.actionPlan = p"""
				+ where + " group by c.id, c.slug, c.name, c.iso3, c.region, c.memberSince, c.governmentLevel, "
				+ "c.provenance.source, c.provenance.fileName, c.provenance.importedOn, c.provenance.commitmentCount, "
				+ "c.provenance.planNumbers, c.provenance.partial";
	}

	List<ActionPlan> actionPlans(String slug) {
		Country country = country(slug);
		Map<Long, Long> counts = new HashMap<>();
		for (Object[] row : this.entityManager.createQuery("""
				select p.id, count(c) from Commitment c join c.actionPlan p where p.country = :country group by p.id""",
				Object[].class)
			.setParameter("country", country)
			.getResultList()) {
			counts.put((Long) row[0], (Long) row[1]);
		}
		return this.plans.findByCountryNewestFirst(country)
			.stream()
			.map((plan) -> new ActionPlan(plan.getNumber(), plan.getStartYear(), plan.getEndYear(),
					plan.getPolicyAreaFocus(), plan.getSummary(), plan.getIrmStatus().name(), plan.getMajorCount(),
					plan.getOutstandingCount(), plan.getStarredCount(), counts.getOrDefault(plan.getId(), 0L)))
			.toList();
	}

	/** The commitments of a member (all members for a null slug) that pass the filter, a page at a time. */
	Page<Commitment> commitments(String slug, CommitmentFilter filter, Pageable pageable) {
		Country member = (slug != null) ? country(slug) : null;
		Page<org.opengovpartnership.portal.commitment.Commitment> page = this.commitments.page(member, filter,
				pageable);
		this.commitments.loadMilestones(page.getContent());
		return page.map(ApiQueries::commitment);
	}

	Commitment commitment(String code) {
		return this.commitments.findByCode(code)
			.map(ApiQueries::commitment)
			.orElseThrow(() -> ApiException.notFound("No commitment has the code \u201c" + code + "\u201d."));
	}

	List<Resource> resources(String slug) {
		return this.resources.findByCountry(country(slug))
			.stream()
			.map((r) -> new Resource(r.getTitle(), r.getPublishedYear(), r.getType(), r.getFormat(), r.getLink()))
			.toList();
	}

	private Country country(String slug) {
		return this.countries.findBySlug(slug)
			.orElseThrow(() -> ApiException.notFound("No member has the slug \u201c" + slug + "\u201d."));
	}

	private static Commitment commitment(org.opengovpartnership.portal.commitment.Commitment c) {
		Country country = c.getActionPlan().getCountry();
		CommitmentDetails d = c.details();
		return new Commitment(d.code(), country.getSlug(), country.getName(), c.getActionPlan().getNumber(),
				d.number(), d.title(), d.shortTitle(), d.description(), d.leadInstitution(), d.supportingInstitutions(),
				(c.getPrimaryPolicyArea() != null) ? c.getPrimaryPolicyArea().getName() : null,
				c.getPolicyAreas().stream().map(PolicyArea::getName).sorted().toList(),
				(d.status() != null) ? d.status().name() : null, d.startDate(), d.endDate(), Irm.of(d),
				c.getMilestones()
					.stream()
					.map((m) -> Milestone.of(m.getPosition(), m.details()))
					.toList(),
				c.getOverallProgress(), c.getUpdatedAt());
	}

}

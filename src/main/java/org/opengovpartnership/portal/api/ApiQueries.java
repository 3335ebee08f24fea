package org.opengovpartnership.portal.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.opengovpartnership.portal.api.ApiModels.ActionPlan;
import org.opengovpartnership.portal.api.ApiModels.Commitment;
import org.opengovpartnership.portal.api.ApiModels.Irm;
import org.opengovpartnership.portal.api.ApiModels.Milestone;
import org.opengovpartnership.portal.api.ApiModels.Resource;
import org.opengovpartnership.portal.commitment.CommitmentDetails;
import org.opengovpartnership.portal.commitment.CommitmentFilter;
import org.opengovpartnership.portal.commitment.CommitmentRepository;
import org.opengovpartnership.portal.commitment.CommitmentSearch;
import org.opengovpartnership.portal.commitment.PolicyArea;
import org.opengovpartnership.portal.member.ActionPlanRepository;
import org.opengovpartnership.portal.member.Member;
import org.opengovpartnership.portal.member.MemberRepository;
import org.opengovpartnership.portal.resource.MemberResource;
import org.opengovpartnership.portal.resource.MemberResourceRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what the API returns through what the member, commitment and resource modules
 * expose, and turns their entities into its records, inside one read-only transaction per
 * request.
 */
@Service
@Transactional(readOnly = true)
class ApiQueries {

	private final MemberRepository members;

	private final ActionPlanRepository plans;

	private final CommitmentSearch commitments;

	private final CommitmentRepository commitmentCounts;

	private final MemberResourceRepository resources;

	ApiQueries(MemberRepository members, ActionPlanRepository plans, CommitmentSearch commitments,
			CommitmentRepository commitmentCounts, MemberResourceRepository resources) {
		this.members = members;
		this.plans = plans;
		this.commitments = commitments;
		this.commitmentCounts = commitmentCounts;
		this.resources = resources;
	}

	Page<ApiModels.Member> members(Pageable pageable) {
		Page<Member> page = this.members.findPageByName(pageable);
		return page.map(members(page.getContent()));
	}

	ApiModels.Member member(String slug) {
		Member member = bySlug(slug);
		return members(List.of(member)).apply(member);
	}

	/**
	 * Turns each of the members into the API's record, with its current plan and
	 * commitment count.
	 */
	private Function<Member, ApiModels.Member> members(List<Member> members) {
		Map<Long, Integer> currentPlans = new HashMap<>();
		Map<Long, Long> counts = new HashMap<>();
		if (!members.isEmpty()) {
			this.plans.findByMemberIn(members)
				.forEach((plan) -> currentPlans.merge(plan.getMember().getId(), plan.getNumber(), Math::max));
			this.commitmentCounts.countByMember(members)
				.forEach((count) -> counts.put(count.id(), count.commitments()));
		}
		return (c) -> new ApiModels.Member(c.getSlug(), c.getName(), c.getIso3(), c.getRegion(), c.getMemberSince(),
				(c.getGovernmentLevel() != null) ? c.getGovernmentLevel().name() : null, currentPlans.get(c.getId()),
				counts.getOrDefault(c.getId(), 0L), ApiModels.Provenance.of(c.getProvenance()));
	}

	List<ActionPlan> actionPlans(String slug) {
		Member member = bySlug(slug);
		Map<Long, Long> counts = new HashMap<>();
		this.commitmentCounts.countByPlanOf(member).forEach((count) -> counts.put(count.id(), count.commitments()));
		return this.plans.findByMemberNewestFirst(member)
			.stream()
			.map((plan) -> new ActionPlan(plan.getNumber(), plan.getStartYear(), plan.getEndYear(),
					plan.getPolicyAreaFocus(), plan.getSummary(), plan.getIrmStatus().name(), plan.getMajorCount(),
					plan.getOutstandingCount(), plan.getStarredCount(), counts.getOrDefault(plan.getId(), 0L)))
			.toList();
	}

	/**
	 * The commitments of a member (all members for a null slug) that pass the filter, a
	 * page at a time.
	 */
	Page<Commitment> commitments(String slug, CommitmentFilter filter, Pageable pageable) {
		Member member = (slug != null) ? bySlug(slug) : null;
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
		return this.resources.findByMember(bySlug(slug))
			.stream()
			.map(MemberResource::details)
			.map((d) -> new Resource(d.title(), d.publishedYear(), d.type(), d.format(), d.link()))
			.toList();
	}

	private Member bySlug(String slug) {
		return this.members.findBySlug(slug)
			.orElseThrow(() -> ApiException.notFound("No member has the slug \u201c" + slug + "\u201d."));
	}

	private static Commitment commitment(org.opengovpartnership.portal.commitment.Commitment c) {
		Member member = c.getActionPlan().getMember();
		CommitmentDetails d = c.details();
		return new Commitment(d.code(), member.getSlug(), member.getName(), c.getActionPlan().getNumber(), d.number(),
				d.title(), d.shortTitle(), d.description(), d.leadInstitution(), d.supportingInstitutions(),
				(c.getPrimaryPolicyArea() != null) ? c.getPrimaryPolicyArea().getName() : null,
				c.getPolicyAreas().stream().map(PolicyArea::getName).sorted().toList(),
				(d.status() != null) ? d.status().name() : null, d.startDate(), d.endDate(), Irm.of(d),
				c.getMilestones().stream().map((m) -> Milestone.of(m.getPosition(), m.details())).toList(),
				c.getOverallProgress(), c.getUpdatedAt());
	}

}

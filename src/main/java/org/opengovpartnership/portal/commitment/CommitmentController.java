package org.opengovpartnership.portal.commitment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.opengovpartnership.portal.audit.AuditTrail;
import org.opengovpartnership.portal.member.ActionPlan;
import org.opengovpartnership.portal.member.ActionPlanRepository;
import org.opengovpartnership.portal.member.Member;
import org.opengovpartnership.portal.member.MemberRepository;
import org.opengovpartnership.portal.member.IrmStatus;
import org.opengovpartnership.portal.resource.MemberResource;
import org.opengovpartnership.portal.resource.MemberResourceRepository;
import org.opengovpartnership.portal.system.BarChart;
import org.opengovpartnership.portal.system.Markdown;
import org.opengovpartnership.portal.system.NotFoundException;
import org.opengovpartnership.portal.system.PublicPages;
import org.opengovpartnership.portal.system.QueryLinks;
import org.opengovpartnership.portal.system.Terms;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.View;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public commitment pages: the explorer of a member's commitments and each commitment
 * with its history.
 */
@Controller
class CommitmentController {

	static final int PAGE_SIZE = 25;

	/** The IRM review's fields, in the order the page lists them. */
	private static final List<String> IRM_FIELDS = List.of("verifiable", "relevance", "potentialImpact", "completion",
			"openedGovernment", "earlyResults", "starred");

	private final CommitmentRepository commitments;

	private final CommitmentSearch search;

	private final MemberRepository members;

	private final ActionPlanRepository plans;

	private final MemberResourceRepository resources;

	private final AuditTrail audit;

	private final Markdown markdown;

	private final ObjectProvider<IrmGaps> gaps;

	CommitmentController(CommitmentRepository commitments, CommitmentSearch search, MemberRepository members,
			ActionPlanRepository plans, MemberResourceRepository resources, AuditTrail audit, Markdown markdown,
			ObjectProvider<IrmGaps> gaps) {
		this.gaps = gaps;
		this.resources = resources;
		this.commitments = commitments;
		this.search = search;
		this.members = members;
		this.plans = plans;
		this.audit = audit;
		this.markdown = markdown;
	}

	/**
	 * The explorer: a member's commitments, filtered, searched, sorted and paged through
	 * the query string.
	 */
	@GetMapping(PublicPages.MEMBER_COMMITMENTS)
	String list(@PathVariable String slug, @ModelAttribute("filter") CommitmentFilter filter, BindingResult ignored,
			HttpServletRequest request, Model model) {
		Member member = this.members.findBySlug(slug).orElseThrow(NotFoundException::new);
		model.addAttribute("member", member);
		List<ActionPlan> memberPlans = this.plans.findByMemberNewestFirst(member);
		CommitmentSearch.Explored explored = this.search.explore(member, filter, PAGE_SIZE);
		Map<String, Long> areaCounts = explored.areaCounts();
		Map<Integer, Long> planCounts = explored.planCounts();
		Page<Commitment> results = explored.results();
		model.addAttribute("results", results);
		model.addAttribute("highlights", Highlights.of(filter.getQ(), results.getContent()));
		model.addAttribute("areaCounts", areaCounts);
		model.addAttribute("planCounts", planCounts);
		model.addAttribute("plans", memberPlans);
		model.addAttribute("areaChart", BarChart.of(areaCounts, Terms.POLICY_AREA));
		Map<String, Long> perPlanYears = new LinkedHashMap<>();
		memberPlans.forEach(plan -> perPlanYears.put(plan.getYears(), planCounts.getOrDefault(plan.getNumber(), 0L)));
		model.addAttribute("planChart", BarChart.of(perPlanYears));
		model.addAttribute("statuses", CommitmentStatus.values());
		model.addAttribute("sorts", CommitmentFilter.Sort.values());
		model.addAttribute("scales", IrmScales.ALL);
		model.addAttribute("links", new QueryLinks(request));
		return "commitments/list";
	}

	/**
	 * One commitment; its code typed in another case ({@code mx0075}) moves permanently
	 * to the stored one.
	 */
	@GetMapping(PublicPages.MEMBER_COMMITMENT)
	String show(@PathVariable String slug, @PathVariable String code, HttpServletRequest request, Model model) {
		Commitment commitment = this.commitments.findPageByMemberSlugAndCode(slug, code).orElse(null);
		if (commitment == null) {
			String canonical = this.commitments.findCanonicalCode(slug, code).orElseThrow(NotFoundException::new);
			request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.MOVED_PERMANENTLY);
			return "redirect:" + UriComponentsBuilder.fromPath("/members/{slug}/commitments/{code}")
				.buildAndExpand(slug, canonical)
				.encode()
				.toUriString();
		}
		ActionPlan plan = commitment.getActionPlan();
		List<CommitmentLink> planLinks = this.commitments.findLinksByPlan(plan);
		model.addAttribute("commitment", commitment);
		model.addAttribute("missingIrm", missingIrmLabels(commitment));
		model.addAttribute("descriptionHtml", this.markdown.toSafeHtml(commitment.getDescription()));
		model.addAttribute("previous", CommitmentLink.before(planLinks, code));
		model.addAttribute("next", CommitmentLink.after(planLinks, code));
		model.addAttribute("resources",
				this.resources.findByMember(plan.getMember())
					.stream()
					.filter(resource -> isAbout(resource, plan))
					.toList());
		model.addAttribute("history", this.audit.history(CommitmentAdminService.SUBJECT, code));
		return "commitments/show";
	}

	/**
	 * The message that stands for each IRM field the commitment lacks: why, where OGP's
	 * data says (ND, NR, NA); otherwise not assessed yet while the plan awaits the IRM's
	 * review, else not in OGP's data.
	 */
	private Map<String, String> missingIrmLabels(Commitment commitment) {
		Map<String, String> reasons = this.gaps.getIfAvailable(() -> c -> Map.of()).of(commitment);
		String otherwise = (commitment.getActionPlan().getIrmStatus() == IrmStatus.PENDING) ? "notAssessed"
				: "notInData";
		Map<String, String> labels = new LinkedHashMap<>();
		for (String field : IRM_FIELDS) {
			labels.put(field, "irm." + reasons.getOrDefault(field, otherwise));
		}
		return labels;
	}

	/**
	 * A resource is about a plan when it was published while the plan ran or in the two
	 * years after (IRM reports).
	 */
	private static boolean isAbout(MemberResource resource, ActionPlan plan) {
		Integer year = resource.details().publishedYear();
		return year != null && year >= plan.getStartYear() && year <= plan.getEndYear() + 2;
	}

}

package org.opengovpartnership.portal.profile;

import java.time.Clock;
import java.time.LocalDate;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.opengovpartnership.portal.commitment.Commitment;
import org.opengovpartnership.portal.commitment.CommitmentRepository;
import org.opengovpartnership.portal.commitment.MilestonesDue;
import org.opengovpartnership.portal.member.ActionPlan;
import org.opengovpartnership.portal.member.ActionPlanRepository;
import org.opengovpartnership.portal.member.Member;
import org.opengovpartnership.portal.member.MemberRepository;
import org.opengovpartnership.portal.member.GlobalReportDimensionRepository;
import org.opengovpartnership.portal.member.MemberSummary;
import org.opengovpartnership.portal.member.PostRepository;
import org.opengovpartnership.portal.resource.MemberResourceRepository;
import org.opengovpartnership.portal.system.NotFoundException;
import org.opengovpartnership.portal.system.PublicPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The members list ({@code /}) and each member's profile page ({@code /members/{slug}}).
 */
@Controller
class MemberController {

	private final MemberRepository members;

	private final ActionPlanRepository plans;

	private final CommitmentRepository commitments;

	private final MemberResourceRepository resources;

	private final GlobalReportDimensionRepository reportRows;

	private final PostRepository posts;

	private final MemberSummaryRepository summaries;

	private final Clock clock;

	MemberController(MemberRepository members, ActionPlanRepository plans, CommitmentRepository commitments,
			MemberResourceRepository resources, GlobalReportDimensionRepository reportRows, PostRepository posts,
			MemberSummaryRepository summaries, Clock clock) {
		this.clock = clock;
		this.members = members;
		this.plans = plans;
		this.commitments = commitments;
		this.resources = resources;
		this.reportRows = reportRows;
		this.posts = posts;
		this.summaries = summaries;
	}

	/**
	 * Every member, narrowed by region and by a part of the name; a few dozen rows, so
	 * filtered here.
	 */
	@GetMapping(PublicPages.MEMBERS)
	String list(@RequestParam(required = false) String region, @RequestParam(required = false) String q, Model model) {
		List<MemberSummary> all = this.summaries.findSummaries();
		String name = StringUtils.hasText(q) ? folded(q.strip()) : null;
		String chosenRegion = StringUtils.hasText(region) ? region : null;
		model.addAttribute("regions",
				all.stream().map(MemberSummary::region).filter(Objects::nonNull).distinct().sorted().toList());
		model.addAttribute("region", chosenRegion);
		model.addAttribute("q", q);
		model.addAttribute("members",
				all.stream()
					.filter(member -> chosenRegion == null || chosenRegion.equals(member.region()))
					.filter(member -> name == null || folded(member.name()).contains(name))
					.toList());
		return "members/index";
	}

	/** Lower case without accents, so "mexico" finds México and "cote" Côte d'Ivoire. */
	private static String folded(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

	/**
	 * Five statements whatever the number of commitments (the sixth, for anonymous
	 * visitors, is the page's version; see PublicPageFilter): plans with the member and
	 * its contacts, commitments, resources, report rows, posts. A member without plans
	 * has no commitments: its row and contacts take the commitments' statement.
	 */
	@GetMapping(PublicPages.MEMBER)
	String show(@PathVariable String slug, Model model) {
		List<ActionPlan> memberPlans = this.plans.findByMemberSlugWithMemberNewestFirst(slug);
		Member member;
		List<Commitment> memberCommitments;
		if (memberPlans.isEmpty()) {
			member = this.members.findProfileBySlug(slug).orElseThrow(NotFoundException::new);
			memberCommitments = List.of();
		}
		else {
			member = memberPlans.get(0).getMember();
			memberCommitments = this.commitments.findByMemberNewestPlanFirst(member);
		}
		model.addAttribute("profile",
				new MemberProfile(member, memberPlans, memberCommitments, this.resources.findByMember(member),
						this.reportRows.findByMember(member), this.posts.findByMember(member)));
		model.addAttribute("milestonesDue", MilestonesDue.of(memberCommitments, LocalDate.now(this.clock)));
		return "members/show";
	}

}

package org.opengovpartnership.portal.commitment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.opengovpartnership.portal.member.Member;
import org.opengovpartnership.portal.member.MemberRepository;
import org.opengovpartnership.portal.member.GovernmentLevel;
import org.opengovpartnership.portal.system.PublicPages;
import org.opengovpartnership.portal.system.QueryLinks;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The explorer across every member ({@code /commitments}): the member explorer's filters
 * plus member, region and level of government, with counts beside each value; the public
 * counterpart of the per-member explorer.
 */
@Controller
class AllMembersExplorerController {

	private final CommitmentSearch search;

	private final MemberRepository members;

	AllMembersExplorerController(CommitmentSearch search, MemberRepository members) {
		this.search = search;
		this.members = members;
	}

	@GetMapping(PublicPages.COMMITMENTS)
	String list(@ModelAttribute("filter") AllMembersFilter filter, BindingResult ignored, HttpServletRequest request,
			Model model) {
		CommitmentSearch.AcrossMembers found = this.search.exploreAcrossMembers(filter, CommitmentController.PAGE_SIZE);
		Page<Commitment> results = found.results();
		Map<String, Map<String, Long>> counts = found.counts();
		Map<String, String> memberNames = new LinkedHashMap<>();
		this.members.findAllByName().forEach((Member member) -> memberNames.put(member.getSlug(), member.getName()));
		model.addAttribute("results", results);
		model.addAttribute("highlights", Highlights.of(filter.getQ(), results.getContent()));
		model.addAttribute("counts", counts);
		model.addAttribute("memberNames", memberNames);
		model.addAttribute("levels", List.of(GovernmentLevel.values()));
		model.addAttribute("statuses", CommitmentStatus.values());
		model.addAttribute("sorts", CommitmentFilter.Sort.values());
		model.addAttribute("scales", IrmScales.ALL);
		model.addAttribute("links", new QueryLinks(request));
		return "commitments/all";
	}

}

package org.opengovpartnership.portal.commitment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.opengovpartnership.portal.country.Country;
import org.opengovpartnership.portal.country.CountryRepository;
import org.opengovpartnership.portal.country.GovernmentLevel;
import org.opengovpartnership.portal.system.PublicPages;
import org.opengovpartnership.portal.system.QueryLinks;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The explorer across every member ({@code /commitments}): the member explorer's filters plus member, region and
 * level of government, with counts beside each value; the public counterpart of the per-member explorer.
 */
@Controller
class AllMembersExplorerController {

	private final CommitmentSearch search;

	private final CountryRepository countries;

	AllMembersExplorerController(CommitmentSearch search, CountryRepository countries) {
		this.search = search;
		this.countries = countries;
	}

	@GetMapping(PublicPages.COMMITMENTS)
	String list(@ModelAttribute("filter") CommitmentFilter filter, BindingResult ignored, HttpServletRequest request,
			Model model) {
		Page<Commitment> results = this.search.acrossMembers(filter, CommitmentController.PAGE_SIZE);
		Map<String, Map<String, Long>> counts = this.search.countsAcrossMembers(filter);
		Map<String, String> memberNames = new LinkedHashMap<>();
		this.countries.findAllByName().forEach((Country member) -> memberNames.put(member.getSlug(), member.getName()));
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

package org.opengovpartnership.portal.member;

import org.opengovpartnership.portal.caching.PublicPages;
import org.opengovpartnership.portal.commitment.CommitmentRepository;
import org.opengovpartnership.portal.country.ActionPlanRepository;
import org.opengovpartnership.portal.country.Country;
import org.opengovpartnership.portal.country.CountryRepository;
import org.opengovpartnership.portal.resource.MemberResourceRepository;
import org.opengovpartnership.portal.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;

/**
 * The members list ({@code /}) and each member's profile page ({@code /members/{slug}}).
 */
@Controller
class MemberController {

	private final CountryRepository countries;

	private final ActionPlanRepository plans;

	private final CommitmentRepository commitments;

	private final MemberResourceRepository resources;

	MemberController(CountryRepository countries, ActionPlanRepository plans, CommitmentRepository commitments,
			MemberResourceRepository resources) {
		this.countries = countries;
		this.plans = plans;
		this.commitments = commitments;
		this.resources = resources;
	}

	@GetMapping("/")
	String list(Model model) {
		model.addAttribute("members", this.countries.findSummaries());
		return "members/index";
	}

	/**
	 * Six statements whatever the number of commitments: member and contacts, plans, commitments, the rest. For an
	 * anonymous visitor the first one also gave the page's ETag (see PublicPageFilter), which hands the member over.
	 */
	@GetMapping("/members/{slug}")
	String show(@PathVariable String slug, @RequestAttribute(name = PublicPages.MEMBER, required = false) Country loaded,
			Model model) {
		Country country = (loaded != null) ? loaded
				: this.countries.findProfileBySlug(slug).orElseThrow(NotFoundException::new);
		model.addAttribute("profile",
				new MemberProfile(country, this.plans.findByCountryNewestFirst(country),
						this.commitments.findByCountryNewestPlanFirst(country), this.resources.findByCountry(country),
						this.countries.findGlobalReportDimensions(country), this.countries.findPosts(country)));
		return "members/show";
	}

}

package org.opengovpartnership.portal.resource;

import org.opengovpartnership.portal.member.Member;
import org.opengovpartnership.portal.member.MemberRepository;
import org.opengovpartnership.portal.system.NotFoundException;
import org.opengovpartnership.portal.system.PublicPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A member's resources, {@code /members/{slug}/resources}, filterable by type and year.
 */
@Controller
class MemberResourceController {

	private final MemberRepository members;

	private final MemberResourceRepository resources;

	MemberResourceController(MemberRepository members, MemberResourceRepository resources) {
		this.members = members;
		this.resources = resources;
	}

	/**
	 * Unreadable filter values (a year that is not a number) are dropped rather than
	 * refused.
	 */
	@GetMapping(PublicPages.MEMBER_RESOURCES)
	String list(@PathVariable String slug, @RequestParam(required = false) String type,
			@RequestParam(required = false) String year, Model model) {
		Member member = this.members.findBySlug(slug).orElseThrow(NotFoundException::new);
		String chosenType = StringUtils.hasText(type) ? type : null;
		Integer chosenYear = parseYear(year);
		model.addAttribute("member", member);
		model.addAttribute("type", chosenType);
		model.addAttribute("year", chosenYear);
		model.addAttribute("types", this.resources.findTypes(member));
		model.addAttribute("years", this.resources.findYears(member));
		model.addAttribute("resources", this.resources.findByMemberFiltered(member, chosenType, chosenYear));
		return "resources/list";
	}

	private static Integer parseYear(String year) {
		try {
			return StringUtils.hasText(year) ? Integer.valueOf(year.strip()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}

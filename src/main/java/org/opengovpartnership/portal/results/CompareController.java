package org.opengovpartnership.portal.results;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.opengovpartnership.portal.system.NotFoundException;
import org.opengovpartnership.portal.system.PublicPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Two to four members side by side, {@code /compare?members=mexico,ukraine}: the members
 * list's "Compare" form sends the ticked members here.
 */
@Controller
class CompareController {

	static final int FEWEST = 2;

	static final int MOST = 4;

	private final ResultsQueries results;

	CompareController(ResultsQueries results) {
		this.results = results;
	}

	/**
	 * Members named once each, separated by commas or as repeated parameters; too few or
	 * too many get the page's message and a 400, a member no one has a 404.
	 */
	@GetMapping(PublicPages.COMPARE)
	String show(@RequestParam(required = false) List<String> members, Model model, HttpServletResponse response) {
		List<String> slugs = (members != null) ? members.stream()
			.flatMap((value) -> Arrays.stream(value.split(",")))
			.map((slug) -> slug.strip().toLowerCase(Locale.ROOT))
			.filter((slug) -> !slug.isEmpty())
			.distinct()
			.toList() : List.of();
		if (slugs.size() < FEWEST || slugs.size() > MOST) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problem", (slugs.size() < FEWEST) ? "compare.tooFew" : "compare.tooMany");
			model.addAttribute("chosen", slugs.size());
			return "compare/problem";
		}
		model.addAttribute("comparison", new Comparison(
				slugs.stream().map((slug) -> this.results.find(slug).orElseThrow(NotFoundException::new)).toList()));
		return "compare/show";
	}

}

package org.opengovpartnership.portal.commitment;

import org.opengovpartnership.portal.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A commitment's public page, {@code /members/{slug}/commitments/{code}}.
 */
@Controller
class CommitmentController {

	private final CommitmentRepository commitments;

	CommitmentController(CommitmentRepository commitments) {
		this.commitments = commitments;
	}

	@GetMapping("/members/{slug}/commitments/{code}")
	String show(@PathVariable String slug, @PathVariable String code, Model model) {
		model.addAttribute("commitment",
				this.commitments.findPageByCountrySlugAndCode(slug, code).orElseThrow(NotFoundException::new));
		return "commitments/show";
	}

}

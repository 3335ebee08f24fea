package org.opengovpartnership.portal.commitment;

import org.opengovpartnership.portal.audit.AuditTrail;
import org.opengovpartnership.portal.system.Markdown;
import org.opengovpartnership.portal.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A commitment's public page, {@code /members/{slug}/commitments/{code}}, with its change history.
 */
@Controller
class CommitmentController {

	private final CommitmentRepository commitments;

	private final AuditTrail audit;

	private final Markdown markdown;

	CommitmentController(CommitmentRepository commitments, AuditTrail audit, Markdown markdown) {
		this.commitments = commitments;
		this.audit = audit;
		this.markdown = markdown;
	}

	@GetMapping("/members/{slug}/commitments/{code}")
	String show(@PathVariable String slug, @PathVariable String code, Model model) {
		Commitment commitment = this.commitments.findPageByCountrySlugAndCode(slug, code)
			.orElseThrow(NotFoundException::new);
		model.addAttribute("commitment", commitment);
		model.addAttribute("descriptionHtml", this.markdown.toSafeHtml(commitment.getDescription()));
		model.addAttribute("history", this.audit.history(CommitmentAdminService.SUBJECT, code));
		return "commitments/show";
	}

}

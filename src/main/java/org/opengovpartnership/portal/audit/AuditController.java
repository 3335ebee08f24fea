package org.opengovpartnership.portal.audit;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail for admins, {@code /admin/audit}, fifty events a page.
 */
@Controller
class AuditController {

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("events", this.trail.newestFirst(PageRequest.of(Math.max(page, 0), 50)));
		model.addAttribute("trail", this.trail);
		return "admin/audit/list";
	}

}

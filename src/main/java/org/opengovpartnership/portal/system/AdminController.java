package org.opengovpartnership.portal.system;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The admin dashboard, {@code /admin}: where every form starts.
 */
@Controller
class AdminController {

	private final List<DashboardPanel> panels;

	AdminController(List<DashboardPanel> panels) {
		this.panels = panels;
	}

	@GetMapping("/admin")
	String index(Model model) {
		this.panels.forEach((panel) -> panel.addTo(model));
		return "admin/index";
	}

}

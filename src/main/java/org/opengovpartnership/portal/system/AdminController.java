package org.opengovpartnership.portal.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The admin dashboard, {@code /admin}: where every form starts.
 */
@Controller
class AdminController {

	@GetMapping("/admin")
	String index() {
		return "admin/index";
	}

}

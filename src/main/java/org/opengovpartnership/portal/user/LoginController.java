package org.opengovpartnership.portal.user;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page; Spring Security handles the form's POST and {@code /logout}.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "users/login";
	}

}

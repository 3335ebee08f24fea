package org.opengovpartnership.portal.user;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in person's own account ({@code /admin/account}), for every role: changing
 * one's password, with the current one. Admins manage other people's accounts in
 * {@link UserAdminController}.
 */
@Controller
@RequestMapping("/admin/account/password")
class AccountController {

	static final String FORM = "admin/account/password";

	private final UserAdminService service;

	AccountController(UserAdminService service) {
		this.service = service;
	}

	@GetMapping
	String editForm(@ModelAttribute("form") OwnPasswordForm form) {
		return FORM;
	}

	/** Passwords typed are never shown again, right or wrong. */
	@PostMapping
	String update(@Valid @ModelAttribute("form") OwnPasswordForm form, BindingResult result, Principal principal,
			HttpServletRequest request, RedirectAttributes redirect) {
		if (result.hasErrors() || !this.service.changeOwnPassword(principal.getName(), form, result,
				request.getRemoteAddr(), request.getSession().getId())) {
			form.setCurrentPassword(null);
			form.setNewPassword(null);
			return FORM;
		}
		redirect.addFlashAttribute("message", "account.passwordChanged");
		return "redirect:/admin";
	}

}

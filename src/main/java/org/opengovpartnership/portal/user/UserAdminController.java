package org.opengovpartnership.portal.user;

import java.security.Principal;

import jakarta.validation.Valid;
import org.opengovpartnership.portal.system.AdminPages;
import org.opengovpartnership.portal.system.SaveResult;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admin pages for accounts, for admins only (see {@link SecurityConfig}): list, add,
 * disable or enable, reset a password. The public counterpart is the sign-in page,
 * {@link LoginController}.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	static final String FORM = "admin/users/form";

	static final String PASSWORD_FORM = "admin/users/password";

	private final UserAdminService service;

	UserAdminController(UserAdminService service) {
		this.service = service;
	}

	/** Names are trimmed; passwords are taken exactly as typed. */
	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, "username", new StringTrimmerEditor(true));
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("roles", Role.values());
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", this.service.list());
		return "admin/users/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", new NewUserForm());
		return FORM;
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult result, RedirectAttributes redirect) {
		SaveResult<UserAccount, UserSummary> saved = this.service.create(form, result.hasErrors());
		if (!(saved instanceof SaveResult.Saved)) {
			AdminPages.rejectAll(saved, result);
			form.setPassword(null);
			return FORM;
		}
		redirect.addFlashAttribute("message", "user.created");
		return "redirect:/admin/users";
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, @RequestParam long version, Principal principal,
			RedirectAttributes redirect) {
		return changeEnabled(id, false, version, principal, redirect);
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, @RequestParam long version, Principal principal, RedirectAttributes redirect) {
		return changeEnabled(id, true, version, principal, redirect);
	}

	@GetMapping("/{id}/password")
	String passwordForm(@PathVariable long id, Model model) {
		UserSummary user = this.service.find(id);
		PasswordForm form = new PasswordForm();
		form.setVersion(user.version());
		model.addAttribute("user", user);
		model.addAttribute("form", form);
		return PASSWORD_FORM;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @Valid @ModelAttribute("form") PasswordForm form, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("user", this.service.find(id));
			form.setPassword(null);
			return PASSWORD_FORM;
		}
		SaveResult<UserAccount, UserSummary> saved = this.service.resetPassword(id, form, principal.getName());
		if (saved instanceof SaveResult.Stale<UserAccount, UserSummary> stale) {
			return stalePasswordForm(form, stale.theirs(), model);
		}
		redirect.addFlashAttribute("message", "user.passwordReset");
		return "redirect:/admin/users";
	}

	private String changeEnabled(long id, boolean enabled, long version, Principal principal,
			RedirectAttributes redirect) {
		SaveResult<UserAccount, UserSummary> saved = this.service.setEnabled(id, enabled, version, principal.getName());
		if (saved instanceof SaveResult.Saved) {
			redirect.addFlashAttribute("message", enabled ? "user.enabled" : "user.disabled");
		}
		else {
			// Invalid only when the signed-in person tried to disable their own account.
			redirect.addFlashAttribute("error", (saved instanceof SaveResult.Invalid<UserAccount, UserSummary> invalid)
					? invalid.problems().get(0).code() : "edit.stale");
		}
		return "redirect:/admin/users";
	}

	/** Shows the account as it is now; the password is asked for again, never echoed. */
	private String stalePasswordForm(PasswordForm mine, UserSummary current, Model model) {
		mine.setVersion(current.version());
		mine.setPassword(null);
		model.addAttribute("user", current);
		model.addAttribute("stale", true);
		return PASSWORD_FORM;
	}

}

package org.opengovpartnership.portal.member;

import jakarta.validation.Valid;
import org.opengovpartnership.portal.system.AdminForms;
import org.opengovpartnership.portal.system.AdminEditorSupport;
import org.opengovpartnership.portal.system.AdminPages;
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
 * Admin forms for members: list, create, edit and delete; the public counterpart is the
 * member page ({@code /members/{slug}}).
 */
@Controller
@RequestMapping("/admin/members")
class MemberAdminController {

	static final String FORM = "admin/members/form";

	private final MemberEditing kind;

	private final AdminForms<Member, MemberForm> forms;

	private final MemberRepository members;

	MemberAdminController(MemberEditing kind, AdminEditorSupport support, MemberRepository members) {
		this.kind = kind;
		this.forms = new AdminForms<>(kind, support, AdminPages.of("members", "member"));
		this.members = members;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		AdminForms.bindFormFields(binder);
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("levels", GovernmentLevel.values());
		model.addAttribute("firstYear", MemberEditing.FIRST_MEMBER_YEAR);
		model.addAttribute("lastYear", this.kind.lastMemberYear());
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("members", this.members.findAllByName());
		return "admin/members/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", new MemberForm());
		return FORM;
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") MemberForm form, BindingResult result, RedirectAttributes redirect) {
		return this.forms.create(form, result, redirect, Member::getId);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		return this.forms.editForm(id, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") MemberForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return this.forms.update(id, form, result, model, redirect);
	}

	@GetMapping("/{id}/delete")
	String deleteForm(@PathVariable long id, Model model) {
		return this.forms.deleteForm(id, model);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		return this.forms.delete(id, version, redirect, member -> "/admin/members");
	}

}

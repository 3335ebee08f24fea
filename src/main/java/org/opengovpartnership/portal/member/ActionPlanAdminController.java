package org.opengovpartnership.portal.member;

import java.util.List;

import jakarta.validation.Valid;
import org.opengovpartnership.portal.system.AdminEditor;
import org.opengovpartnership.portal.system.AdminEditorSupport;
import org.opengovpartnership.portal.system.AdminPages;
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
 * Admin forms for action plans: list, create, edit and delete; the public counterpart is
 * the member page's "Current action plan" and "Current data" sections.
 */
@Controller
@RequestMapping("/admin/plans")
class ActionPlanAdminController {

	static final String FORM = "admin/plans/form";

	private static final AdminPages PAGES = AdminPages.of("plans", "plan");

	private final AdminEditor<Long, ActionPlan, ActionPlanForm> editor;

	private final ActionPlanRepository plans;

	private final MemberRepository members;

	ActionPlanAdminController(ActionPlanEditing kind, AdminEditorSupport support, ActionPlanRepository plans,
			MemberRepository members) {
		this.editor = new AdminEditor<>(kind, support);
		this.plans = plans;
		this.members = members;
	}

	/**
	 * Empty text fields become null, so "no value" is stored as missing rather than as
	 * "".
	 */
	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("members", this.members.findAllByName());
		model.addAttribute("irmStatuses", IrmStatus.values());
		model.addAttribute("participationLevels", ParticipationLevel.values());
		model.addAttribute("starFocuses", StarFocus.values());
	}

	@GetMapping
	String list(@RequestParam(required = false) Long memberId, Model model) {
		List<ActionPlan> found = (memberId != null) ? this.plans.findByMemberIdWithMember(memberId)
				: this.plans.findAllWithMember();
		model.addAttribute("plans", found);
		model.addAttribute("memberId", memberId);
		return "admin/plans/list";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long memberId, Model model) {
		ActionPlanForm form = new ActionPlanForm();
		form.setMemberId(memberId);
		model.addAttribute("form", form);
		return FORM;
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") ActionPlanForm form, BindingResult result,
			RedirectAttributes redirect) {
		return PAGES.created(this.editor.create(form, result.hasErrors()), result, redirect, ActionPlan::getId);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("form", this.editor.form(id));
		model.addAttribute("id", id);
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ActionPlanForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return PAGES.updated(id, this.editor.update(id, form.getVersion(), form, result.hasErrors()), result, model,
				redirect, form::setVersion);
	}

	@GetMapping("/{id}/delete")
	String deleteForm(@PathVariable long id, Model model) {
		model.addAttribute("form", this.editor.form(id));
		model.addAttribute("id", id);
		return "admin/plans/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		return PAGES.deleted(id, this.editor.delete(id, version), redirect,
				plan -> "/admin/plans?memberId=" + plan.getMember().getId());
	}

}

package org.opengovpartnership.portal.member;

import java.util.List;

import jakarta.validation.Valid;
import org.opengovpartnership.portal.system.AdminForms;
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

	private final AdminForms<ActionPlan, ActionPlanForm> forms;

	private final ActionPlanRepository plans;

	private final MemberRepository members;

	ActionPlanAdminController(ActionPlanEditing kind, AdminEditorSupport support, ActionPlanRepository plans,
			MemberRepository members) {
		this.forms = new AdminForms<>(kind, support, AdminPages.of("plans", "plan"));
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
		return this.forms.create(form, result, redirect, ActionPlan::getId);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		return this.forms.editForm(id, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ActionPlanForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return this.forms.update(id, form, result, model, redirect);
	}

	@GetMapping("/{id}/delete")
	String deleteForm(@PathVariable long id, Model model) {
		return this.forms.deleteForm(id, model);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		return this.forms.delete(id, version, redirect, plan -> "/admin/plans?memberId=" + plan.getMember().getId());
	}

}

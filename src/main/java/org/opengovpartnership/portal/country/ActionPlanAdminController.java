package org.opengovpartnership.portal.country;

import java.util.List;

import jakarta.validation.Valid;
import org.opengovpartnership.portal.system.RecordInUseException;
import org.opengovpartnership.portal.system.StaleRecordException;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * Admin forms for action plans: list, create, edit and delete; the public counterpart is the member page's
 * "Current action plan" and "Current data" sections.
 */
@Controller
@RequestMapping("/admin/plans")
class ActionPlanAdminController {

	static final String FORM = "admin/plans/form";

	private final ActionPlanAdminService service;

	private final ActionPlanRepository plans;

	private final CountryRepository countries;

	ActionPlanAdminController(ActionPlanAdminService service, ActionPlanRepository plans,
			CountryRepository countries) {
		this.service = service;
		this.plans = plans;
		this.countries = countries;
	}

	/** Empty text fields become null, so "no value" is stored as missing rather than as "". */
	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("members", this.countries.findAllByName());
		model.addAttribute("irmStatuses", IrmStatus.values());
		model.addAttribute("participationLevels", ParticipationLevel.values());
		model.addAttribute("starFocuses", StarFocus.values());
	}

	@GetMapping
	String list(@RequestParam(required = false) Long countryId, Model model) {
		List<ActionPlan> found = (countryId != null) ? this.plans.findByCountryIdWithCountry(countryId)
				: this.plans.findAllWithCountry();
		model.addAttribute("plans", found);
		model.addAttribute("countryId", countryId);
		return "admin/plans/list";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long countryId, Model model) {
		ActionPlanForm form = new ActionPlanForm();
		form.setCountryId(countryId);
		model.addAttribute("form", form);
		return FORM;
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") ActionPlanForm form, BindingResult result,
			RedirectAttributes redirect) {
		Long id = this.service.create(form, result);
		if (id == null) {
			return FORM;
		}
		redirect.addFlashAttribute("message", "plan.created");
		return "redirect:/admin/plans/" + id + "/edit";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("form", this.service.formFor(id));
		model.addAttribute("id", id);
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ActionPlanForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("id", id);
		try {
			if (!this.service.update(id, form, result)) {
				return FORM;
			}
		}
		catch (StaleRecordException ex) {
			return staleForm(form, ex.getCurrent(), model);
		}
		catch (OptimisticLockingFailureException ex) {
			return staleForm(form, this.service.formFor(id), model);
		}
		redirect.addFlashAttribute("message", "plan.updated");
		return "redirect:/admin/plans/" + id + "/edit";
	}

	@GetMapping("/{id}/delete")
	String deleteForm(@PathVariable long id, Model model) {
		model.addAttribute("form", this.service.formFor(id));
		model.addAttribute("id", id);
		return "admin/plans/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		long countryId;
		try {
			countryId = this.service.delete(id, version);
		}
		catch (StaleRecordException | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", "edit.stale");
			return "redirect:/admin/plans/" + id + "/delete";
		}
		catch (RecordInUseException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
			return "redirect:/admin/plans/" + id + "/delete";
		}
		redirect.addFlashAttribute("message", "plan.deleted");
		return "redirect:/admin/plans?countryId=" + countryId;
	}

	/** Re-shows what this editor typed beside what the other person saved; saving again then overrides knowingly. */
	private String staleForm(ActionPlanForm mine, ActionPlanForm theirs, Model model) {
		mine.setVersion(theirs.getVersion());
		model.addAttribute("theirs", theirs);
		model.addAttribute("stale", true);
		return FORM;
	}

}

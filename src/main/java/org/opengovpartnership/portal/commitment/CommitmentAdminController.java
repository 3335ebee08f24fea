package org.opengovpartnership.portal.commitment;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.opengovpartnership.portal.member.ActionPlanRepository;
import org.opengovpartnership.portal.system.AdminPages;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admin forms for commitments: list, create, edit and delete; the public counterpart is
 * {@link CommitmentController}.
 */
@Controller
@RequestMapping("/admin/commitments")
class CommitmentAdminController {

	static final String FORM = "admin/commitments/form";

	private static final AdminPages PAGES = new AdminPages("/admin/commitments", FORM, "commitment", "code");

	private final CommitmentAdminService service;

	private final CommitmentSearch search;

	private final ActionPlanRepository plans;

	private final PolicyAreaRepository policyAreas;

	private final SpringValidatorAdapter validator;

	CommitmentAdminController(CommitmentAdminService service, CommitmentSearch search, ActionPlanRepository plans,
			PolicyAreaRepository policyAreas, Validator validator) {
		this.service = service;
		this.search = search;
		this.plans = plans;
		this.policyAreas = policyAreas;
		this.validator = new SpringValidatorAdapter(validator);
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
		model.addAttribute("plans", this.plans.findAllWithMember());
		model.addAttribute("policyAreas", this.policyAreas.findAllByName());
		model.addAttribute("statuses", CommitmentStatus.values());
		model.addAttribute("milestoneStatuses", MilestoneStatus.values());
		model.addAttribute("scales", IrmScales.ALL);
	}

	/**
	 * A forged milestone or evidence row ({@code milestones[abc]}, {@code [-1]},
	 * {@code [99999]}) binds no form: a bad request, nothing saved.
	 */
	@ExceptionHandler({ NumberFormatException.class, IndexOutOfBoundsException.class })
	void forgedRow(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

	/** A request that binds no form at all (a forged field) is a bad request. */
	private static void requireBound(CommitmentForm form) {
		if (form == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No commitment form in the request");
		}
	}

	/**
	 * A value that did not convert (a date typed as "next spring") leaves Spring's
	 * binding result without its form, and Spring then validates nothing else; the form
	 * built from the rest is put back with the errors and validated, so the page shows
	 * everything typed, the bad value included, and every error at once.
	 */
	private void keepTyped(CommitmentForm form, BindingResult result, Model model) {
		if (result.getTarget() == null) {
			BindingResult typed = new BeanPropertyBindingResult(form, "form");
			typed.addAllErrors(result);
			this.validator.validate(form, typed);
			model.addAttribute("form", form);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", typed);
		}
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		// The binder's trimmer has already stripped q, and turned an absent or blank one
		// into null.
		String text = (q != null) ? q : "";
		model.addAttribute("q", text);
		model.addAttribute("results", this.search.containing(text, Math.max(page, 0), 50));
		return "admin/commitments/list";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long plan, Model model) {
		model.addAttribute("form", CommitmentForm.empty(plan).withBlankMilestoneRows());
		return FORM;
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") CommitmentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		// The service's checks (a free code, a known plan) only run on a form Bean
		// Validation found valid.
		requireBound(form);
		if (result.hasErrors()) {
			keepTyped(form, result, model);
			return FORM;
		}
		return PAGES.created(this.service.create(form), result, redirect, Commitment::getCode);
	}

	/**
	 * A milestone's "move up" or "move down" button, on a new or an existing commitment:
	 * the form comes back with the rows reordered and nothing saved, so the order works
	 * without JavaScript.
	 */
	@PostMapping(path = { "", "/{code}" }, params = "move")
	String moveMilestone(@PathVariable(required = false) String code, @ModelAttribute("form") CommitmentForm form,
			@RequestParam String move, Model model) {
		requireBound(form);
		model.addAttribute("moved", form.moveMilestone(move));
		model.addAttribute("code", code);
		return FORM;
	}

	@GetMapping("/{code}/edit")
	String editForm(@PathVariable String code, Model model) {
		model.addAttribute("form", this.service.formFor(code).withBlankMilestoneRows());
		model.addAttribute("code", code);
		return FORM;
	}

	@PostMapping("/{code}")
	String update(@PathVariable String code, @Valid @ModelAttribute("form") CommitmentForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		requireBound(form);
		if (result.hasErrors()) {
			keepTyped(form, result, model);
			model.addAttribute("code", code);
			return FORM;
		}
		return PAGES.updated(code, this.service.update(code, form), result, model, redirect, form::setVersion,
				Commitment::getCode);
	}

	@GetMapping("/{code}/delete")
	String deleteForm(@PathVariable String code, Model model) {
		model.addAttribute("form", this.service.formFor(code));
		model.addAttribute("code", code);
		return "admin/commitments/delete";
	}

	@PostMapping("/{code}/delete")
	String delete(@PathVariable String code, @RequestParam long version, Model model, RedirectAttributes redirect) {
		return PAGES.deleted(code, this.service.delete(code, version), redirect,
				commitment -> "/members/" + commitment.getActionPlan().getMember().getSlug());
	}

}

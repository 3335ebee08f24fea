package org.opengovpartnership.portal.resource;

import java.util.List;

import jakarta.validation.Valid;
import org.opengovpartnership.portal.country.CountryRepository;
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
 * Admin forms for resources: list, create, edit and delete; the public counterparts are the member page's
 * "Resources" section and {@link MemberResourceController}.
 */
@Controller
@RequestMapping("/admin/resources")
class MemberResourceAdminController {

	static final String FORM = "admin/resources/form";

	private final MemberResourceAdminService service;

	private final MemberResourceRepository resources;

	private final CountryRepository countries;

	MemberResourceAdminController(MemberResourceAdminService service, MemberResourceRepository resources, CountryRepository countries) {
		this.service = service;
		this.resources = resources;
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
		model.addAttribute("types", MemberResourceForm.TYPES);
	}

	@GetMapping
	String list(@RequestParam(required = false) Long countryId, Model model) {
		List<MemberResource> found = (countryId != null) ? this.resources.findByCountryIdWithCountry(countryId)
				: this.resources.findAllWithCountry();
		model.addAttribute("resources", found);
		model.addAttribute("countryId", countryId);
		return "admin/resources/list";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long countryId, Model model) {
		MemberResourceForm form = new MemberResourceForm();
		form.setCountryId(countryId);
		model.addAttribute("form", form);
		return FORM;
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") MemberResourceForm form, BindingResult result,
			RedirectAttributes redirect) {
		Long id = this.service.create(form, result);
		if (id == null) {
			return FORM;
		}
		redirect.addFlashAttribute("message", "resource.created");
		return "redirect:/admin/resources/" + id + "/edit";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("form", this.service.formFor(id));
		model.addAttribute("id", id);
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") MemberResourceForm form, BindingResult result,
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
		redirect.addFlashAttribute("message", "resource.updated");
		return "redirect:/admin/resources/" + id + "/edit";
	}

	@GetMapping("/{id}/delete")
	String deleteForm(@PathVariable long id, Model model) {
		model.addAttribute("form", this.service.formFor(id));
		model.addAttribute("id", id);
		return "admin/resources/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		long countryId;
		try {
			countryId = this.service.delete(id, version);
		}
		catch (StaleRecordException | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", "edit.stale");
			return "redirect:/admin/resources/" + id + "/delete";
		}
		redirect.addFlashAttribute("message", "resource.deleted");
		return "redirect:/admin/resources?countryId=" + countryId;
	}

	/** Re-shows what this editor typed beside what the other person saved; saving again then overrides knowingly. */
	private String staleForm(MemberResourceForm mine, MemberResourceForm theirs, Model model) {
		mine.setVersion(theirs.getVersion());
		model.addAttribute("theirs", theirs);
		model.addAttribute("stale", true);
		return FORM;
	}

}

package org.opengovpartnership.portal.country;

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
 * Admin forms for members: list, create, edit and delete; the public counterpart is the member page
 * ({@code /members/{slug}}).
 */
@Controller
@RequestMapping("/admin/countries")
class CountryAdminController {

	static final String FORM = "admin/countries/form";

	private final CountryAdminService service;

	private final CountryRepository countries;

	CountryAdminController(CountryAdminService service, CountryRepository countries) {
		this.service = service;
		this.countries = countries;
	}

	/** Empty text fields become null, so "no value" is stored as missing rather than as "". */
	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("levels", GovernmentLevel.values());
		model.addAttribute("firstYear", CountryAdminService.FIRST_MEMBER_YEAR);
		model.addAttribute("lastYear", this.service.lastMemberYear());
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("countries", this.countries.findAllByName());
		return "admin/countries/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", new CountryForm());
		return FORM;
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") CountryForm form, BindingResult result,
			RedirectAttributes redirect) {
		Long id = this.service.create(form, result);
		if (id == null) {
			return FORM;
		}
		redirect.addFlashAttribute("message", "country.created");
		return "redirect:/admin/countries/" + id + "/edit";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("form", this.service.formFor(id));
		model.addAttribute("id", id);
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") CountryForm form, BindingResult result,
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
		redirect.addFlashAttribute("message", "country.updated");
		return "redirect:/admin/countries/" + id + "/edit";
	}

	@GetMapping("/{id}/delete")
	String deleteForm(@PathVariable long id, Model model) {
		model.addAttribute("form", this.service.formFor(id));
		model.addAttribute("id", id);
		return "admin/countries/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.service.delete(id, version);
		}
		catch (StaleRecordException | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", "edit.stale");
			return "redirect:/admin/countries/" + id + "/delete";
		}
		catch (RecordInUseException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
			return "redirect:/admin/countries/" + id + "/delete";
		}
		redirect.addFlashAttribute("message", "country.deleted");
		return "redirect:/admin/countries";
	}

	/** Re-shows what this editor typed beside what the other person saved; saving again then overrides knowingly. */
	private String staleForm(CountryForm mine, CountryForm theirs, Model model) {
		mine.setVersion(theirs.getVersion());
		model.addAttribute("theirs", theirs);
		model.addAttribute("stale", true);
		return FORM;
	}

}

package org.opengovpartnership.portal.country;

import jakarta.validation.Valid;
import org.opengovpartnership.portal.system.StaleRecordException;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin forms of a kind of record that belongs to a member (contacts, posts, resources, Global Report rows):
 * list, create, edit and delete, with the same addresses, messages and handling of concurrent edits for every kind.
 * A subclass maps {@code /admin/{kind}}, names the kind and makes its empty form.
 *
 * @param <F> the kind's form
 */
public abstract class MemberRecordAdminController<F extends MemberRecordForm> {

	private final String kind;

	private final String messages;

	private final MemberRecordAdminService<?, F> service;

	private final CountryRepository countries;

	/**
	 * @param kind the plural name in the addresses ({@code /admin/contacts}), the templates' folder
	 * ({@code admin/contacts/}) and the list's model attribute ({@code contacts})
	 * @param messages the prefix of the flash messages ({@code contact.created}, {@code .updated}, {@code .deleted})
	 */
	protected MemberRecordAdminController(String kind, String messages, MemberRecordAdminService<?, F> service,
			CountryRepository countries) {
		this.kind = kind;
		this.messages = messages;
		this.service = service;
		this.countries = countries;
	}

	protected abstract F newForm();

	/** Adds the choices the kind's form offers besides the members. */
	protected void addChoices(Model model) {
	}

	private String formView() {
		return "admin/" + this.kind + "/form";
	}

	/** Empty text fields become null, so "no value" is stored as missing rather than as "". */
	@InitBinder
	public void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@ModelAttribute
	public void choices(Model model) {
		model.addAttribute("members", this.countries.findAllByName());
		addChoices(model);
	}

	@GetMapping
	public String list(@RequestParam(required = false) Long countryId, Model model) {
		model.addAttribute(this.kind, this.service.records(countryId));
		model.addAttribute("countryId", countryId);
		return "admin/" + this.kind + "/list";
	}

	@GetMapping("/new")
	public String newForm(@RequestParam(required = false) Long countryId, Model model) {
		F form = newForm();
		form.setCountryId(countryId);
		model.addAttribute("form", form);
		return formView();
	}

	@PostMapping
	public String create(@Valid @ModelAttribute("form") F form, BindingResult result, RedirectAttributes redirect) {
		Long id = this.service.create(form, result);
		if (id == null) {
			return formView();
		}
		redirect.addFlashAttribute("message", this.messages + ".created");
		return "redirect:/admin/" + this.kind + "/" + id + "/edit";
	}

	@GetMapping("/{id}/edit")
	public String editForm(@PathVariable long id, Model model) {
		model.addAttribute("form", this.service.formFor(id));
		model.addAttribute("id", id);
		return formView();
	}

	@PostMapping("/{id}")
	public String update(@PathVariable long id, @Valid @ModelAttribute("form") F form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("id", id);
		try {
			if (!this.service.update(id, form, result)) {
				return formView();
			}
		}
		catch (StaleRecordException ex) {
			return staleForm(form, ex.getCurrent(), model);
		}
		catch (OptimisticLockingFailureException ex) {
			return staleForm(form, this.service.formFor(id), model);
		}
		redirect.addFlashAttribute("message", this.messages + ".updated");
		return "redirect:/admin/" + this.kind + "/" + id + "/edit";
	}

	@GetMapping("/{id}/delete")
	public String deleteForm(@PathVariable long id, Model model) {
		model.addAttribute("form", this.service.formFor(id));
		model.addAttribute("id", id);
		return "admin/" + this.kind + "/delete";
	}

	@PostMapping("/{id}/delete")
	public String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		long countryId;
		try {
			countryId = this.service.delete(id, version);
		}
		catch (StaleRecordException | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", "edit.stale");
			return "redirect:/admin/" + this.kind + "/" + id + "/delete";
		}
		redirect.addFlashAttribute("message", this.messages + ".deleted");
		return "redirect:/admin/" + this.kind + "?countryId=" + countryId;
	}

	/** Re-shows what this editor typed beside what the other person saved; saving again then overrides knowingly. */
	private String staleForm(F mine, F theirs, Model model) {
		mine.setVersion(theirs.getVersion());
		model.addAttribute("theirs", theirs);
		model.addAttribute("stale", true);
		return formView();
	}

}

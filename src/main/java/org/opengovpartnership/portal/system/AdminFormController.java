package org.opengovpartnership.portal.system;

import java.util.function.Function;

import jakarta.validation.Valid;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The handlers of an admin form of records named by id, below the address of the kind's
 * list ({@code /admin/members}): create ({@code POST}), edit ({@code /{id}/edit}), update
 * ({@code POST /{id}}), delete ({@code /{id}/delete}), each through {@link AdminForms}. A
 * subclass maps the list's address and adds the list, the new record's form and what the
 * form offers to choose from.
 *
 * @param <E> the kind's entity
 * @param <F> its form
 */
public abstract class AdminFormController<E extends AdminEditor.Edited, F extends AdminForms.Versioned> {

	private final AdminForms<E, F> forms;

	private final Function<E, Object> id;

	/**
	 * @param id the id of a record, which its addresses name it by
	 */
	protected AdminFormController(AdminForms<E, F> forms, Function<E, Object> id) {
		this.forms = forms;
		this.id = id;
	}

	/** The address of the list to go back to once a record is deleted. */
	protected abstract String listAfterDeleting(E deleted);

	@PostMapping
	public String create(@Valid @ModelAttribute("form") F form, BindingResult result, RedirectAttributes redirect) {
		return this.forms.create(form, result, redirect, this.id);
	}

	@GetMapping("/{id}/edit")
	public String editForm(@PathVariable long id, Model model) {
		return this.forms.editForm(id, model);
	}

	@PostMapping("/{id}")
	public String update(@PathVariable long id, @Valid @ModelAttribute("form") F form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return this.forms.update(id, form, result, model, redirect);
	}

	@GetMapping("/{id}/delete")
	public String deleteForm(@PathVariable long id, Model model) {
		return this.forms.deleteForm(id, model);
	}

	@PostMapping("/{id}/delete")
	public String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		return this.forms.delete(id, version, redirect, this::listAfterDeleting);
	}

}

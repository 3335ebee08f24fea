package org.opengovpartnership.portal.system;

import java.util.function.Function;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The handlers every admin form of records named by id shares (edit, create, update,
 * delete), as one {@link AdminEditor} and its {@link AdminPages}; a controller keeps its
 * addresses and what its form offers to choose from.
 *
 * @param <E> the kind's entity
 * @param <F> its form
 */
public record AdminForms<E extends AdminEditor.Edited, F extends AdminForms.Versioned>(AdminEditor<Long, E, F> editor,
		AdminPages pages) {

	public AdminForms(AdminEditor.Kind<Long, E, F> kind, AdminEditorSupport support, AdminPages pages) {
		this(new AdminEditor<>(kind, support), pages);
	}

	/** The record's form, filled from what is saved now. */
	public String editForm(long id, Model model) {
		model.addAttribute("form", this.editor.form(id));
		model.addAttribute("id", id);
		return this.pages.formView();
	}

	/** The page that asks to confirm the deletion. */
	public String deleteForm(long id, Model model) {
		model.addAttribute("form", this.editor.form(id));
		model.addAttribute("id", id);
		return this.pages.path().substring(1) + "/delete";
	}

	/**
	 * @param key how the addresses name the new record
	 */
	public String create(F form, BindingResult result, RedirectAttributes redirect, Function<E, Object> key) {
		return this.pages.created(this.editor.create(form, result.hasErrors()), result, redirect, key);
	}

	public String update(long id, F form, BindingResult result, Model model, RedirectAttributes redirect) {
		return this.pages.updated(id, this.editor.update(id, form.getVersion(), form, result.hasErrors()), result,
				model, redirect, form::setVersion);
	}

	/**
	 * @param list the list to go back to after the deletion, from the deleted record
	 */
	public String delete(long id, long version, RedirectAttributes redirect, Function<E, String> list) {
		return this.pages.deleted(id, this.editor.delete(id, version), redirect, list);
	}

	/**
	 * Binds the model attribute "form" by its fields as declared, without accessors, and
	 * makes empty text fields null, so that "no value" is stored as missing rather than
	 * as "".
	 * @param binder the binder of an {@code @InitBinder} method
	 */
	public static void bindFormFields(WebDataBinder binder) {
		if ("form".equals(binder.getObjectName())) {
			// Set before the editors, which fix how the binder reaches the form.
			binder.initDirectFieldAccess();
		}
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	/** A form that carries the version its editor started from. */
	public interface Versioned {

		long getVersion();

		void setVersion(long version);

	}

}

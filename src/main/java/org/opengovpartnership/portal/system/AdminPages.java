package org.opengovpartnership.portal.system;

import java.util.function.Function;

import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages an admin form goes to after an {@link AdminEditor}'s create, update or delete: the record's edit form
 * with a flash message when saved, the form again with its errors, or with what someone else saved first beside what
 * this editor typed.
 *
 * @param path the address of the kind's list ({@code /admin/contacts})
 * @param formView the form's template ({@code admin/contacts/form})
 * @param messages the prefix of the flash messages ({@code contact.created}, {@code .updated}, {@code .deleted})
 */
public record AdminPages(String path, String formView, String messages) {

	/** The pages of {@code /admin/{plural}}, with templates under {@code admin/{plural}/}. */
	public static AdminPages of(String plural, String messages) {
		return new AdminPages("/admin/" + plural, "admin/" + plural + "/form", messages);
	}

	/** @param key how the addresses name the new record */
	public <E, F> String created(SaveResult<E, F> result, Errors errors, RedirectAttributes redirect,
			Function<E, Object> key) {
		if (result instanceof SaveResult.Saved<E, F> saved) {
			redirect.addFlashAttribute("message", this.messages + ".created");
			return "redirect:" + this.path + "/" + key.apply(saved.record()) + "/edit";
		}
		rejectAll(result, errors);
		return this.formView;
	}

	/** Re-shows a stale form with what is saved now beside what this editor typed; saving again then overrides. */
	public <E, F> String updated(Object key, VersionedForm mine, SaveResult<E, F> result, Errors errors, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("id", key);
		if (result instanceof SaveResult.Saved<E, F>) {
			redirect.addFlashAttribute("message", this.messages + ".updated");
			return "redirect:" + this.path + "/" + key + "/edit";
		}
		if (result instanceof SaveResult.Stale<E, F> stale) {
			mine.setVersion(stale.currentVersion());
			model.addAttribute("theirs", stale.theirs());
			model.addAttribute("stale", true);
		}
		rejectAll(result, errors);
		return this.formView;
	}

	/** @param list the list to go back to after the deletion, from the deleted record */
	public <E, F> String deleted(Object key, SaveResult<E, F> result, RedirectAttributes redirect,
			Function<E, String> list) {
		if (result instanceof SaveResult.Saved<E, F> saved) {
			redirect.addFlashAttribute("message", this.messages + ".deleted");
			return "redirect:" + list.apply(saved.record());
		}
		redirect.addFlashAttribute("error",
				(result instanceof SaveResult.Refused<E, F> refused) ? refused.messageKey() : "edit.stale");
		return "redirect:" + this.path + "/" + key + "/delete";
	}

	/** Adds an invalid result's problems to the form's errors, so every error shows at once. */
	public static void rejectAll(SaveResult<?, ?> result, Errors errors) {
		if (result instanceof SaveResult.Invalid<?, ?> invalid) {
			for (Problem problem : invalid.problems()) {
				if (problem.field() != null) {
					errors.rejectValue(problem.field(), problem.code(), problem.arguments(), problem.defaultMessage());
				}
				else {
					errors.reject(problem.code(), problem.arguments(), problem.defaultMessage());
				}
			}
		}
	}

}

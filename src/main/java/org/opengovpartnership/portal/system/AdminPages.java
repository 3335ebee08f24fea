package org.opengovpartnership.portal.system;

import java.util.function.Function;
import java.util.function.LongConsumer;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages an admin form goes to after an {@link AdminEditor}'s create, update or
 * delete: the record's edit form with a flash message when saved, the form again with its
 * errors, or with what someone else saved first beside what this editor typed.
 *
 * @param path the address of the kind's list ({@code /admin/contacts})
 * @param formView the form's template ({@code admin/contacts/form})
 * @param messages the prefix of the flash messages ({@code contact.created},
 * {@code .updated}, {@code .deleted})
 * @param keyAttribute the model attribute that names the record being edited ({@code id},
 * {@code code})
 */
public record AdminPages(String path, String formView, String messages, String keyAttribute) {

	/**
	 * The pages of {@code /admin/{plural}}, with templates under {@code admin/{plural}/},
	 * records named by id.
	 */
	public static AdminPages of(String plural, String messages) {
		return new AdminPages("/admin/" + plural, "admin/" + plural + "/form", messages, "id");
	}

	/**
	 * @param key how the addresses name the new record
	 */
	public <E, F> String created(SaveResult<E, F> result, Errors errors, RedirectAttributes redirect,
			Function<E, Object> key) {
		if (result instanceof SaveResult.Saved<E, F> saved) {
			redirect.addFlashAttribute("message", this.messages + ".created");
			return "redirect:" + this.path + "/" + key.apply(saved.record()) + "/edit";
		}
		rejectAll(result, errors);
		return this.formView;
	}

	/**
	 * Re-shows a stale form with what is saved now beside what this editor typed, with
	 * the stored version, so that saving again overrides knowingly.
	 * @param mine sets the version of the form this editor typed
	 */
	public <E, F> String updated(Object key, SaveResult<E, F> result, Errors errors, Model model,
			RedirectAttributes redirect, LongConsumer mine) {
		return updated(key, result, errors, model, redirect, mine, record -> key);
	}

	/**
	 * @param savedKey how the addresses name the record once saved, when the form can
	 * change it
	 */
	public <E, F> String updated(Object key, SaveResult<E, F> result, Errors errors, Model model,
			RedirectAttributes redirect, LongConsumer mine, Function<E, Object> savedKey) {
		model.addAttribute(this.keyAttribute, key);
		if (result instanceof SaveResult.Saved<E, F> saved) {
			redirect.addFlashAttribute("message", this.messages + ".updated");
			return "redirect:" + this.path + "/" + savedKey.apply(saved.record()) + "/edit";
		}
		if (result instanceof SaveResult.Stale<E, F> stale) {
			mine.accept(stale.currentVersion());
			model.addAttribute("theirs", stale.theirs());
			model.addAttribute("stale", true);
			if (stale.theirs() instanceof StaleField.Form theirs && errors instanceof BindingResult bound
					&& bound.getTarget() instanceof StaleField.Form typed) {
				model.addAttribute("staleFields", StaleField.between(theirs.details(), typed.details()));
			}
		}
		rejectAll(result, errors);
		return this.formView;
	}

	/**
	 * @param list the list to go back to after the deletion, from the deleted record
	 */
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

	/**
	 * Adds an invalid result's problems to the form's errors, so every error shows at
	 * once.
	 */
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

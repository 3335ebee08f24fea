package org.opengovpartnership.portal.system;

import java.lang.reflect.Modifier;
import java.util.Collection;

import org.springframework.util.ReflectionUtils;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Refuses control characters ({@link ControlCharacters}) in every text field of every
 * form the portal validates ({@code @Valid}), nested ones such as
 * {@code milestones[0].title} included: each gets the field error
 * {@code text.controlCharacter}, next to the field, like any other.
 */
@ControllerAdvice
class ControlCharacterCheck implements Validator {

	static final String CODE = "text.controlCharacter";

	private static final String OWN_PACKAGE = "org.opengovpartnership.portal.";

	/** Forms nest one or two levels (a commitment's milestones); deeper is not walked. */
	private static final int MAX_DEPTH = 4;

	@InitBinder
	void addTo(WebDataBinder binder) {
		binder.addValidators(this);
	}

	@Override
	public boolean supports(Class<?> type) {
		return true;
	}

	@Override
	public void validate(Object target, Errors errors) {
		if (isForm(target)) {
			check(target, "", errors, 0);
		}
	}

	private static boolean isForm(Object value) {
		return value != null && value.getClass().getName().startsWith(OWN_PACKAGE) && !value.getClass().isEnum();
	}

	/**
	 * Walks a form's fields: a bean's, bound by property or field by field
	 * ({@link org.springframework.validation.DataBinder#initDirectFieldAccess()}), and a
	 * record's components, bound through its constructor; each is named as it binds.
	 */
	private void check(Object form, String prefix, Errors errors, int depth) {
		ReflectionUtils.doWithFields(form.getClass(), (field) -> {
			ReflectionUtils.makeAccessible(field);
			checkValue(ReflectionUtils.getField(field, form), prefix + field.getName(), errors, depth);
		}, (field) -> !Modifier.isStatic(field.getModifiers()));
	}

	private void checkValue(Object value, String path, Errors errors, int depth) {
		if (value instanceof String text) {
			int at = ControlCharacters.indexOf(text);
			if (at >= 0) {
				errors.rejectValue(path, CODE, new Object[] { at + 1, ControlCharacters.name(text.charAt(at)) },
						"Remove the control character " + ControlCharacters.name(text.charAt(at)) + " (character "
								+ (at + 1) + "); only tabs and line breaks are allowed.");
			}
		}
		else if (value instanceof Collection<?> values && depth < MAX_DEPTH) {
			int index = 0;
			for (Object element : values) {
				checkValue(element, path + "[" + index++ + "]", errors, depth + 1);
			}
		}
		else if (isForm(value) && depth < MAX_DEPTH) {
			check(value, path + ".", errors, depth + 1);
		}
	}

}

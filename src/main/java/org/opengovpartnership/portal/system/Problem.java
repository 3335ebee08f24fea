package org.opengovpartnership.portal.system;

/**
 * What is wrong with a form beyond what Bean Validation sees: a message key for one
 * field, or for the whole form when {@code field} is null.
 */
public record Problem(String field, String code, Object[] arguments, String defaultMessage) {

	public static Problem of(String field, String code) {
		return new Problem(field, code, null, null);
	}

}

package org.opengovpartnership.portal.system;

/**
 * Someone else saved the record after the editor loaded it; carries the form filled from what is stored now, so the
 * editor sees the other person's values next to their own.
 */
public class StaleRecordException extends RuntimeException {

	private final transient Object current;

	public StaleRecordException(Object current) {
		super("The record was changed by someone else");
		this.current = current;
	}

	/** The form as filled from the stored record. */
	@SuppressWarnings("unchecked")
	public <T> T getCurrent() {
		return (T) this.current;
	}

}

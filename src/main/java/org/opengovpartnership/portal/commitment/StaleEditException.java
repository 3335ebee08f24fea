package org.opengovpartnership.portal.commitment;

/**
 * Someone else saved the record after the editor loaded it; carries what is stored now so the form can show it.
 */
class StaleEditException extends RuntimeException {

	private final transient CommitmentForm current;

	StaleEditException(CommitmentForm current) {
		super("The record was changed by someone else");
		this.current = current;
	}

	CommitmentForm getCurrent() {
		return this.current;
	}

}

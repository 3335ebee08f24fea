package org.opengovpartnership.portal.system;

/**
 * A record cannot be deleted because others still point to it; the message key says which and what to do.
 */
public class RecordInUseException extends RuntimeException {

	private final String messageKey;

	public RecordInUseException(String messageKey) {
		super("The record is still in use: " + messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}

package org.opengovpartnership.portal.user;

/**
 * An account was disabled or given a new password: whoever is signed in with it must sign
 * in again, except in the session that changed its own password.
 *
 * @param username the account's name as stored
 * @param keptSessionId the session that stays open, or null
 */
record AccountRevoked(String username, String keptSessionId) {

	AccountRevoked(String username) {
		this(username, null);
	}

}

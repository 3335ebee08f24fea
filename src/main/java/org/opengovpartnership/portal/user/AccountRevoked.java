package org.opengovpartnership.portal.user;

/**
 * An account was disabled or given a new password: whoever is signed in with it must sign in again.
 *
 * @param username the account's name as stored
 */
record AccountRevoked(String username) {
}

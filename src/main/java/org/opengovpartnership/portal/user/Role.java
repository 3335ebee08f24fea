package org.opengovpartnership.portal.user;

/** ADMIN manages users and content; EDITOR manages content only. */
public enum Role {

	ADMIN, EDITOR

}

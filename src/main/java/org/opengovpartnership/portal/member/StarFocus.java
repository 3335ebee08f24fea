package org.opengovpartnership.portal.member;

/** Where a member should focus to get more starred commitments. */
public enum StarFocus {

	DESIGN, IMPLEMENTATION

}

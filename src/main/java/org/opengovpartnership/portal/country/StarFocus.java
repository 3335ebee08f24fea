package org.opengovpartnership.portal.country;

/** Where a member should focus to get more starred commitments. */
public enum StarFocus {

	DESIGN, IMPLEMENTATION

}

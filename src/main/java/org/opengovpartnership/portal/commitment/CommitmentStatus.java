package org.opengovpartnership.portal.commitment;

/** Whether a commitment is still being implemented. */
public enum CommitmentStatus {

	ACTIVE, INACTIVE

}

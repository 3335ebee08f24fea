package org.opengovpartnership.portal.commitment;

/** How far a milestone got. */
public enum MilestoneStatus {

	NOT_STARTED, IN_PROGRESS, COMPLETED, CANCELLED

}

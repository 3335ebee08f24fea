package org.opengovpartnership.portal.commitment;

/**
 * How far a milestone got; a cancelled milestone no longer counts towards its
 * commitment's progress.
 */
public enum MilestoneStatus {

	NOT_STARTED, IN_PROGRESS, DELAYED, COMPLETED, CANCELLED

}

package org.opengovpartnership.portal.member;

/**
 * What an action plan's IRM performance figures mean: reviewed, pending review, or no
 * data at all.
 */
public enum IrmStatus {

	REVIEWED, PENDING, NO_DATA

}

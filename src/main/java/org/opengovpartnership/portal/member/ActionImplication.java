package org.opengovpartnership.portal.member;

/** The OGP Global Report's recommendation for a member in one policy area. */
public enum ActionImplication {

	IMPLEMENT_FOR_RESULTS, CONSIDER_ACTION

}

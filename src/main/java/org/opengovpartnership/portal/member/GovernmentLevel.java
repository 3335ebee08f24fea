package org.opengovpartnership.portal.member;

/** Whether a member is a national government or a local one (OGP Local). */
public enum GovernmentLevel {

	NATIONAL, LOCAL

}

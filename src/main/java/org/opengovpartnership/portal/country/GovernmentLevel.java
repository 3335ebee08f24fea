package org.opengovpartnership.portal.country;

/** Whether a member is a national government or a local one (OGP Local). */
public enum GovernmentLevel {

	NATIONAL, LOCAL

}

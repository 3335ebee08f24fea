package org.opengovpartnership.portal.country;

/** The IAP2-based level of public influence on an action plan, strongest first. */
public enum ParticipationLevel {

	COLLABORATE, INVOLVE, CONSULT, INFORM, NO_CONSULTATION

}

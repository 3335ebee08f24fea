package org.opengovpartnership.portal.member;

/** The IAP2-based level of public influence on an action plan, strongest first. */
public enum ParticipationLevel {

	COLLABORATE, INVOLVE, CONSULT, INFORM, NO_CONSULTATION

}

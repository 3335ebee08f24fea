package org.opengovpartnership.portal.member;

/**
 * The IRM-based finding of a Global Report dimension, from "no commitments" to "showed
 * early results".
 */
public enum IrmFinding {

	NC, CA, IR, C, A, ER

}

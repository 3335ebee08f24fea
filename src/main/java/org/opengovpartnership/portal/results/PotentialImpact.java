package org.opengovpartnership.portal.results;

import org.opengovpartnership.portal.commitment.IrmScales;

/** How much a commitment would change if fully done, as the IRM assessed its design. */
public enum PotentialImpact implements Level {

	NONE, MINOR, MODERATE, TRANSFORMATIVE, NOT_ASSESSED;

	/** The level of a stored IRM value (see {@link IrmScales#POTENTIAL_IMPACT}). */
	public static PotentialImpact of(String irmValue) {
		return Level.of(values(), IrmScales.POTENTIAL_IMPACT, irmValue);
	}

}

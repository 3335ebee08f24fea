package org.opengovpartnership.portal.results;

import org.opengovpartnership.portal.commitment.IrmScales;

/**
 * How much of a commitment was done, as the IRM assessed it at the end of term, else at
 * the progress report.
 */
public enum Completion implements Level {

	NOT_STARTED, LIMITED, SUBSTANTIAL, COMPLETE,
	/** No value, or one that is no level of completion ("Withdrawn", "Unclear"). */
	NOT_ASSESSED;

	/** The level of a stored IRM value (see {@link IrmScales#COMPLETION}). */
	public static Completion of(String irmValue) {
		return Level.of(values(), IrmScales.COMPLETION, irmValue);
	}

}

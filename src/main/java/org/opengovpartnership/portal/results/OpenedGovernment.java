package org.opengovpartnership.portal.results;

import org.opengovpartnership.portal.commitment.IrmScales;

/**
 * Whether a commitment opened government, as the IRM assessed it ("Did it open
 * government?").
 */
public enum OpenedGovernment implements Level {

	WORSENED, DID_NOT_CHANGE, MARGINAL, MAJOR, OUTSTANDING,
	/** No value, or "No early results to report yet". */
	NOT_ASSESSED;

	/** The level of a stored IRM value (see {@link IrmScales#OPENED_GOVERNMENT}). */
	public static OpenedGovernment of(String irmValue) {
		return Level.of(values(), IrmScales.OPENED_GOVERNMENT, irmValue);
	}

}

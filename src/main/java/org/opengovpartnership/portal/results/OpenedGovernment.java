package org.opengovpartnership.portal.results;

/**
 * Whether a commitment opened government, as the IRM assessed it ("Did it open
 * government?").
 */
public enum OpenedGovernment implements Level {

	WORSENED("worsened", "Worsens"), DID_NOT_CHANGE("didNotChange", "Did Not Change"), MARGINAL("marginal", "Marginal"),
	MAJOR("major", "Major"), OUTSTANDING("outstanding", "Outstanding"),
	/** No value, or "No early results to report yet". */
	NOT_ASSESSED("notAssessed", null);

	private final String key;

	private final String irmValue;

	OpenedGovernment(String key, String irmValue) {
		this.key = key;
		this.irmValue = irmValue;
	}

	@Override
	public String key() {
		return this.key;
	}

	/**
	 * The level of a stored IRM value (see
	 * {@code commitment.IrmScales.OPENED_GOVERNMENT}).
	 */
	public static OpenedGovernment of(String irmValue) {
		for (OpenedGovernment level : values()) {
			if (level.irmValue != null && level.irmValue.equalsIgnoreCase(irmValue)) {
				return level;
			}
		}
		return NOT_ASSESSED;
	}

}

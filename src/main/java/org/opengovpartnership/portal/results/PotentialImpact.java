package org.opengovpartnership.portal.results;

/** How much a commitment would change if fully done, as the IRM assessed its design. */
public enum PotentialImpact implements Level {

	NONE("none", "None"), MINOR("minor", "Minor"), MODERATE("moderate", "Moderate"),
	TRANSFORMATIVE("transformative", "Transformative"), NOT_ASSESSED("notAssessed", null);

	private final String key;

	private final String irmValue;

	PotentialImpact(String key, String irmValue) {
		this.key = key;
		this.irmValue = irmValue;
	}

	@Override
	public String key() {
		return this.key;
	}

	/**
	 * The level of a stored IRM value (see
	 * {@code commitment.IrmScales.POTENTIAL_IMPACT}).
	 */
	public static PotentialImpact of(String irmValue) {
		for (PotentialImpact level : values()) {
			if (level.irmValue != null && level.irmValue.equalsIgnoreCase(irmValue)) {
				return level;
			}
		}
		return NOT_ASSESSED;
	}

}

package org.opengovpartnership.portal.results;

/**
 * How much of a commitment was done, as the IRM assessed it at the end of term, else at
 * the progress report.
 */
public enum Completion implements Level {

	NOT_STARTED("notStarted", "Not Started"), LIMITED("limited", "Limited"), SUBSTANTIAL("substantial", "Substantial"),
	COMPLETE("complete", "Complete"),
	/** No value, or one that is no level of completion ("Withdrawn", "Unclear"). */
	NOT_ASSESSED("notAssessed", null);

	private final String key;

	private final String irmValue;

	Completion(String key, String irmValue) {
		this.key = key;
		this.irmValue = irmValue;
	}

	@Override
	public String key() {
		return this.key;
	}

	/** The level of a stored IRM value (see {@code commitment.IrmScales.COMPLETION}). */
	public static Completion of(String irmValue) {
		for (Completion level : values()) {
			if (level.irmValue != null && level.irmValue.equalsIgnoreCase(irmValue)) {
				return level;
			}
		}
		return NOT_ASSESSED;
	}

}

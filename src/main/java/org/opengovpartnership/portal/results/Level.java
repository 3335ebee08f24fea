package org.opengovpartnership.portal.results;

import java.util.List;
import java.util.Locale;

/**
 * A level of one of the IRM scales results are counted on; {@link #key()} names it in
 * messages and in the API. A scale is an enum whose constants stand in the order of the
 * IRM's values in {@code commitment.IrmScales}, weakest first, followed by one constant
 * for no assessment.
 */
public interface Level {

	/** The enum constant's name. */
	String name();

	/** The constant's name in camelCase: {@code NOT_STARTED} is {@code notStarted}. */
	default String key() {
		StringBuilder key = new StringBuilder();
		for (String word : name().toLowerCase(Locale.ROOT).split("_")) {
			key.append(key.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
		}
		return key.toString();
	}

	/**
	 * The level of a stored IRM value, compared ignoring case.
	 * @param scale the levels, as the enum's {@code values()} gives them: one a value of
	 * {@code irmValues}, in their order, then the level of no assessment
	 * @param irmValues the IRM's values of the scale, weakest first; those after the
	 * levels' (such as "Withdrawn" after "Complete") are no level of the scale
	 * @param irmValue the stored value, may be null
	 * @return the level, the last of the scale for no value or one that is no level
	 */
	static <L extends Level> L of(L[] scale, List<String> irmValues, String irmValue) {
		int notAssessed = scale.length - 1;
		for (int level = 0; level < notAssessed; level++) {
			if (irmValues.get(level).equalsIgnoreCase(irmValue)) {
				return scale[level];
			}
		}
		return scale[notAssessed];
	}

}

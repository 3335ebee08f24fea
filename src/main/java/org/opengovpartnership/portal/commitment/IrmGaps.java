package org.opengovpartnership.portal.commitment;

import java.util.Map;

/**
 * Why some of a commitment's IRM values are missing, where its source says so: the page's
 * name of each field ({@code completion}, {@code starred}...) to {@code notInData} (OGP
 * wrote ND), {@code notAssessed} (NR) or {@code notApplicable} (NA). The import
 * implements it from the cells it kept; a field it does not name reads as the plan's
 * state tells.
 */
public interface IrmGaps {

	Map<String, String> of(Commitment commitment);

}

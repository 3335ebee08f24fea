package org.opengovpartnership.portal.results;

/**
 * A level of one of the IRM scales results are counted on; {@link #key()} names it in
 * messages and in the API.
 */
public interface Level {

	String key();

}

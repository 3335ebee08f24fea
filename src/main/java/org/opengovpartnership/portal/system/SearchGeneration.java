package org.opengovpartnership.portal.system;

/**
 * The search index's generation: it grows each time what a search finds may have changed.
 * A page showing search results carries it in its ETag, so that a page rendered before
 * the index followed a change is never served again after it.
 */
@FunctionalInterface
public interface SearchGeneration {

	long current();

}

package org.opengovpartnership.portal.system;

import java.util.List;

/**
 * What became of a create, update or delete asked of an {@link AdminEditor}.
 *
 * @param <E> the kind's entity
 * @param <F> the kind's form
 */
public sealed interface SaveResult<E, F> {

	/** Stored (or deleted); the record as it is now. */
	record Saved<E, F>(E record) implements SaveResult<E, F> {
	}

	/**
	 * Not stored: the form is wrong, as Bean Validation said or as these problems say.
	 */
	record Invalid<E, F>(List<Problem> problems) implements SaveResult<E, F> {
	}

	/**
	 * Not stored: someone else saved first; what is stored now, as its form, and its
	 * version.
	 */
	record Stale<E, F>(F theirs, long currentVersion) implements SaveResult<E, F> {
	}

	/**
	 * Not deleted: others still need the record; the message key says which and what to
	 * do.
	 */
	record Refused<E, F>(String messageKey) implements SaveResult<E, F> {
	}

}

package org.opengovpartnership.portal.opendata;

import java.util.List;

/**
 * What an import of OGP's sheet did, or would do in a preview: per kind of record, how many were created, updated,
 * unchanged or in conflict, and which commitments conflict.
 *
 * @param conflicts the first conflicts (at most {@link #MAX_LISTED_CONFLICTS}); {@code commitments().conflicts()}
 * counts them all
 */
record ImportReport(String fileName, String sha256, long rows, Counts members, Counts plans, Counts commitments,
		List<Conflict> conflicts, boolean applied) {

	static final int MAX_LISTED_CONFLICTS = 200;

	/** Whether applying the file would change nothing. */
	boolean changesNothing() {
		return this.members.changed() == 0 && this.plans.changed() == 0 && this.commitments.changed() == 0;
	}

	/** How many records of one kind were created, updated, left unchanged or held back as conflicts. */
	record Counts(int created, int updated, int unchanged, int conflicts) {

		int changed() {
			return this.created + this.updated;
		}

		int total() {
			return this.created + this.updated + this.unchanged + this.conflicts;
		}

	}

	/**
	 * A commitment edited in the portal since its last import (or never imported), which the file would change; the
	 * import leaves it as it is.
	 */
	record Conflict(long line, String code, String title, String memberName) {
	}

}

package org.opengovpartnership.portal.opendata;

import java.io.Serializable;
import java.util.List;

/**
 * What an import of OGP's sheet did, or would do in a preview: per kind of record, how
 * many were created, updated, unchanged or in conflict, and which commitments, members
 * and plans conflict. Serializable, because the confirm page receives it as a flash
 * attribute and sessions live in the database.
 *
 * @param updatedCodes the codes of the first commitments updated (at most
 * {@link #MAX_LISTED})
 * @param conflicts the first conflicting commitments (at most {@link #MAX_LISTED});
 * {@code commitments().conflicts()} counts them all
 * @param heldBack the first conflicting members and plans (at most {@link #MAX_LISTED})
 * @param changeSet the fingerprint of the changes found ({@link ChangeSetDigest})
 */
record ImportReport(String fileName, String sha256, long rows, Counts members, Counts plans, Counts commitments,
		List<String> updatedCodes, List<Conflict> conflicts, List<HeldBack> heldBack, String changeSet,
		boolean applied) implements Serializable {

	/**
	 * How many updated commitments and conflicts a report names at most; the counts count
	 * them all.
	 */
	static final int MAX_LISTED = 200;

	/** Whether applying the file would change nothing. */
	public boolean changesNothing() {
		return this.members.changed() == 0 && this.plans.changed() == 0 && this.commitments.changed() == 0;
	}

	/**
	 * What the audit trail keeps of an applied import: the file and what changed, in
	 * words.
	 */
	java.util.Map<String, Object> auditValues() {
		java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
		values.put("file", this.fileName);
		values.put("sha256", this.sha256);
		values.put("rows", this.rows);
		values.put("members", this.members.describe());
		values.put("actionPlans", this.plans.describe());
		values.put("commitments", this.commitments.describe());
		values.put("updated", String.join(", ", this.updatedCodes));
		values.put("conflicts", String.join(", ", this.conflicts.stream().map(Conflict::code).toList()));
		values.put("heldBack", String.join(", ", this.heldBack.stream().map(HeldBack::describe).toList()));
		return values;
	}

	/**
	 * How many records of one kind were created, updated, left unchanged or held back as
	 * conflicts.
	 */
	record Counts(int created, int updated, int unchanged, int conflicts) implements Serializable {

		int changed() {
			return this.created + this.updated;
		}

		int total() {
			return this.created + this.updated + this.unchanged + this.conflicts;
		}

		String describe() {
			return this.created + " created, " + this.updated + " updated, " + this.unchanged + " unchanged, "
					+ this.conflicts + " in conflict";
		}

	}

	/**
	 * A commitment edited in the portal since its last import (or never imported), which
	 * the file would change; the import leaves it as it is.
	 */
	record Conflict(long line, String code, String title, String memberName) implements Serializable {
	}

	/**
	 * A member whose name, ISO code, region or level of government, or an action plan
	 * whose years, were edited in the portal since the last import (or never imported),
	 * which the file would change; the import leaves them as they are, and still imports
	 * their commitments.
	 *
	 * @param planNumber the plan's number, or null for the member itself
	 */
	record HeldBack(long line, String memberName, Integer planNumber) implements Serializable {

		String describe() {
			return (this.planNumber != null) ? this.memberName + " action plan " + this.planNumber : this.memberName;
		}

	}

}

package org.opengovpartnership.portal.opendata;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.opengovpartnership.portal.commitment.Commitment;
import org.opengovpartnership.portal.opendata.ImportStore.FileSource;
import org.opengovpartnership.portal.opendata.ImportStore.MemberRow;
import org.opengovpartnership.portal.opendata.ImportStore.PlanRow;

/**
 * The changes an import of OGP's sheet makes, as {@link ImportPlan} finds them in the
 * file: each member and plan once, when first seen, then the commitments chunk by chunk,
 * then where each member's data now comes from. A preview takes them as {@link #NONE};
 * applying takes them as the {@link ImportWriter}, which writes them.
 */
interface ImportChanges {

	/** Takes the changes without writing anything: what a preview does. */
	ImportChanges NONE = new ImportChanges() {
	};

	/** A member the file names, with its {@link Outcome}; creating it sets its id. */
	default void member(MemberState member) {
	}

	/**
	 * An action plan the file names, with its {@link Outcome}; its member is written
	 * already.
	 */
	default void plan(MemberState member, PlanState plan) {
	}

	/** A chunk of commitments compared with the stored ones. */
	default void commitments(CommitmentChanges changes) {
	}

	/**
	 * Where the data of these members now comes from, recorded with the day of the
	 * import.
	 */
	default void sources(Map<MemberState, FileSource> sources, LocalDate day) {
	}

	/** What the file does to a member, a plan or a commitment. */
	enum Outcome {

		CREATED, UPDATED, UNCHANGED, CONFLICT

	}

	/** A member as the file and the database give it. */
	final class MemberState {

		Long id;

		final String slug;

		final MemberRow stored;

		/** The member as the file's first row of it gives it. */
		MemberRow given;

		long firstLine;

		Outcome outcome;

		final Map<Integer, PlanState> plans = new HashMap<>();

		/**
		 * How many of the file's rows are the member's, and the numbers of their plans.
		 */
		int rows;

		final SortedSet<Integer> planNumbers = new TreeSet<>();

		/**
		 * Whether this import creates or updates the member, one of its plans or one of
		 * its commitments.
		 */
		boolean changed;

		MemberState(MemberRow stored, String slug) {
			this.stored = stored;
			this.id = (stored != null) ? stored.id() : null;
			this.slug = slug;
		}

	}

	/** An action plan as the file and the database give it. */
	final class PlanState {

		Long id;

		final int number;

		final PlanRow stored;

		int startYear;

		int endYear;

		long firstLine;

		Outcome outcome;

		PlanState(int number, PlanRow stored) {
			this.number = number;
			this.stored = stored;
			this.id = (stored != null) ? stored.id() : null;
		}

	}

	/**
	 * A row of the file, read and checked: its commitment's values, what the import keeps
	 * of its cells.
	 */
	record Row(long line, CommitmentValues values, String cells, String hash, PlanState plan, MemberState member) {
	}

	/**
	 * What a chunk of rows does to the commitments: those to create; those to update,
	 * with the stored entity (for the audit trail's "before"); those unchanged whose last
	 * import becomes this one (edited in the portal to what the file says, or never
	 * imported).
	 */
	record CommitmentChanges(List<Row> creates, Map<Commitment, Row> updates, Map<Long, Row> rebaselines) {
	}

}

package org.opengovpartnership.portal.system;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.opengovpartnership.portal.audit.AuditAction;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Creates, updates and deletes one kind of record from its admin form: loads it (a 404
 * for an unknown one), refuses a save based on an older version than the stored one,
 * checks what Bean Validation cannot, applies the form, saves, records the change in the
 * audit trail and publishes a {@link MemberContentChanged} for each member whose pages
 * show the record before or after, all in one transaction. What differs between kinds is
 * a {@link Kind}.
 *
 * @param <K> what the addresses name a record by: its id, a commitment's code
 * @param <E> the kind's entity
 * @param <F> the kind's form, also what a stale save shows of the stored record
 */
public final class AdminEditor<K, E extends AdminEditor.Edited, F> {

	/**
	 * A record an admin form edits: its version, compared on every save, and the values
	 * the audit trail keeps.
	 */
	public interface Edited {

		long getVersion();

		Map<String, Object> snapshot();

	}

	/**
	 * What the editor needs to know of a kind of record.
	 *
	 * @param <K> what the addresses name a record by
	 * @param <E> the kind's entity
	 * @param <F> the kind's form
	 */
	public interface Kind<K, E extends Edited, F> {

		/** What the audit trail calls a record of this kind ({@code Contact}). */
		String subject();

		Optional<E> find(K key);

		/** The stored record as its form shows it. */
		F formOf(E record);

		/**
		 * How the audit trail names the record: its id, a commitment's code, a user's
		 * name.
		 */
		String keyOf(E record);

		/** The member whose pages show the record, or null when no public page does. */
		String memberOf(E record);

		E save(E record);

		void delete(E record);

		/**
		 * What is wrong with the form beyond Bean Validation; {@code current} is null for
		 * a new record.
		 */
		default List<Problem> check(F form, E current) {
			return List.of();
		}

		/** A new record from a valid form, not yet saved. */
		default E newRecord(F form) {
			throw new UnsupportedOperationException(subject() + " records are not created from a form");
		}

		/** Copies a valid form onto the stored record. */
		default void apply(F form, E record) {
			throw new UnsupportedOperationException(subject() + " records are not updated from a form");
		}

		/** Why the record may not be deleted (a message key), if it may not. */
		default Optional<String> deleteRefusal(E record) {
			return Optional.empty();
		}

		/** The values the audit trail keeps of a deleted record. */
		default Map<String, Object> deletedSnapshotOf(E record) {
			return record.snapshot();
		}

	}

	/**
	 * A new record made otherwise than from the kind's form.
	 *
	 * @param <E> the kind's entity
	 */
	public interface Creation<E> {

		/** What stops the creation; empty to go ahead. */
		List<Problem> check();

		/** The new record, not yet saved. */
		E make();

	}

	/**
	 * A change to a stored record other than its form (enabling an account, a new
	 * password).
	 *
	 * @param <E> the kind's entity
	 */
	public interface Change<E> {

		/** What stops the change; empty to go ahead. */
		default List<Problem> check(E record) {
			return List.of();
		}

		void apply(E record);

		/** What the audit trail keeps after the change, from the record's snapshot. */
		default Map<String, Object> recorded(Map<String, Object> after) {
			return after;
		}

	}

	private final Kind<K, E, F> kind;

	private final AdminEditorSupport support;

	public AdminEditor(Kind<K, E, F> kind, AdminEditorSupport support) {
		this.kind = kind;
		this.support = support;
	}

	/** The stored record as its form shows it; a 404 for an unknown key. */
	public F form(K key) {
		return this.support.reading(() -> this.kind.formOf(load(key)));
	}

	/**
	 * @param bindingFailed whether Bean Validation already found errors: the kind's
	 * checks still run, so that every error is shown at once, but nothing is stored
	 */
	public SaveResult<E, F> create(F form, boolean bindingFailed) {
		return create(new Creation<>() {
			@Override
			public List<Problem> check() {
				return AdminEditor.this.kind.check(form, null);
			}

			@Override
			public E make() {
				return AdminEditor.this.kind.newRecord(form);
			}
		}, bindingFailed);
	}

	/**
	 * Creates a record from something other than the kind's form (a new account with its
	 * password).
	 */
	public SaveResult<E, F> create(Creation<E> creation, boolean bindingFailed) {
		return this.support.inTransaction(() -> {
			List<Problem> problems = creation.check();
			if (bindingFailed || !problems.isEmpty()) {
				return new SaveResult.Invalid<>(problems);
			}
			E record = this.kind.save(creation.make());
			recorded(AuditAction.CREATE, record, null, null, null);
			return new SaveResult.Saved<>(record);
		});
	}

	/** Saves the form over the stored record, when it was based on the stored version. */
	public SaveResult<E, F> update(K key, long version, F form, boolean bindingFailed) {
		return edit(key, version, bindingFailed, new Change<>() {
			@Override
			public List<Problem> check(E record) {
				return AdminEditor.this.kind.check(form, record);
			}

			@Override
			public void apply(E record) {
				AdminEditor.this.kind.apply(form, record);
			}
		});
	}

	/** Changes the stored record, when the change was based on the stored version. */
	public SaveResult<E, F> change(K key, long version, Change<E> change) {
		return edit(key, version, false, change);
	}

	private SaveResult<E, F> edit(K key, long version, boolean bindingFailed, Change<E> change) {
		return whenCurrent(key, () -> this.support.inTransaction(() -> {
			E record = load(key);
			if (record.getVersion() != version) {
				return stale(record);
			}
			List<Problem> problems = change.check(record);
			if (bindingFailed || !problems.isEmpty()) {
				return new SaveResult.Invalid<>(problems);
			}
			Map<String, Object> before = record.snapshot();
			String memberBefore = this.kind.memberOf(record);
			change.apply(record);
			this.kind.save(record);
			recorded(AuditAction.UPDATE, record, before, memberBefore, change);
			return new SaveResult.Saved<>(record);
		}));
	}

	/**
	 * Deletes the stored record, when the deletion was asked for with the stored version
	 * in view.
	 */
	public SaveResult<E, F> delete(K key, long version) {
		return whenCurrent(key, () -> this.support.inTransaction(() -> {
			E record = load(key);
			if (record.getVersion() != version) {
				return stale(record);
			}
			Optional<String> refusal = this.kind.deleteRefusal(record);
			if (refusal.isPresent()) {
				return new SaveResult.Refused<>(refusal.get());
			}
			String member = this.kind.memberOf(record);
			this.support.audit()
				.record(AuditAction.DELETE, this.kind.subject(), this.kind.keyOf(record), member,
						this.kind.deletedSnapshotOf(record), null);
			this.kind.delete(record);
			published(Set.of(), member);
			return new SaveResult.Saved<>(record);
		}));
	}

	/**
	 * Someone else's save that only fails when the transaction commits is as stale as one
	 * seen before.
	 */
	private SaveResult<E, F> whenCurrent(K key, Supplier<SaveResult<E, F>> work) {
		try {
			return work.get();
		}
		catch (OptimisticLockingFailureException ex) {
			return this.support.reading(() -> stale(load(key)));
		}
	}

	private SaveResult<E, F> stale(E record) {
		return new SaveResult.Stale<>(this.kind.formOf(record), record.getVersion());
	}

	private void recorded(AuditAction action, E record, Map<String, Object> before, String memberBefore,
			Change<E> change) {
		Map<String, Object> after = record.snapshot();
		String member = this.kind.memberOf(record);
		this.support.audit()
			.record(action, this.kind.subject(), this.kind.keyOf(record), member, before,
					(change != null) ? change.recorded(after) : after);
		published((memberBefore != null) ? Set.of(memberBefore) : Set.of(), member);
	}

	/**
	 * One event per member whose pages showed or show the record: both, for one moved to
	 * another member.
	 */
	private void published(Set<String> before, String after) {
		Set<String> members = new LinkedHashSet<>(before);
		if (after != null) {
			members.add(after);
		}
		members.stream().filter(Objects::nonNull).map(MemberContentChanged::of).forEach(this.support::publish);
	}

	private E load(K key) {
		return this.kind.find(key).orElseThrow(NotFoundException::new);
	}

}

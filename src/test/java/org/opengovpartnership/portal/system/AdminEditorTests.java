package org.opengovpartnership.portal.system;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.audit.AuditAction;
import org.opengovpartnership.portal.audit.AuditTrail;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * What the editor does for every kind, on a kind of its own: a record that belongs to a
 * member, whose form names the member it should belong to.
 */
class AdminEditorTests {

	private final AuditTrail audit = mock(AuditTrail.class);

	private final List<Object> events = new ArrayList<>();

	private final Notes notes = new Notes();

	private final AdminEditor<Long, Note, String> editor = new AdminEditor<>(this.notes,
			new AdminEditorSupport(this.audit, this.events::add));

	@Test
	void aRecordMovedToAnotherMemberChangesThePagesOfBoth() {
		this.notes.stored.put(1L, new Note("mexico", 3));
		SaveResult<Note, String> result = this.editor.update(1L, 3, "chile", false);
		assertThat(result).isInstanceOf(SaveResult.Saved.class);
		assertThat(this.events).containsExactly(MemberContentChanged.of("mexico"), MemberContentChanged.of("chile"));
		verify(this.audit).record(eq(AuditAction.UPDATE), eq("Note"), eq("1"), eq("chile"),
				eq(Map.of("member", "mexico")), eq(Map.of("member", "chile")));
	}

	@Test
	void aSaveBasedOnAnOlderVersionShowsWhatIsStoredAndChangesNothing() {
		this.notes.stored.put(1L, new Note("mexico", 4));
		assertThat(this.editor.update(1L, 3, "chile", false)).isEqualTo(new SaveResult.Stale<>("mexico", 4));
		assertThat(this.editor.delete(1L, 3)).isEqualTo(new SaveResult.Stale<>("mexico", 4));
		assertThat(this.notes.stored.get(1L).member).isEqualTo("mexico");
		assertThat(this.events).isEmpty();
		verifyNoInteractions(this.audit);
	}

	@Test
	void aSaveThatFailsWhenItCommitsIsStaleToo() {
		this.notes.stored.put(1L, new Note("mexico", 3));
		this.notes.failOnSave = true;
		assertThat(this.editor.update(1L, 3, "chile", false)).isInstanceOf(SaveResult.Stale.class);
	}

	@Test
	void checksAFormBeanValidationRefusedAndStoresNothing() {
		assertThat(this.editor.create("nowhere", true))
			.isEqualTo(new SaveResult.Invalid<>(List.of(Problem.of("member", "member.unknown"))));
		assertThat(this.editor.create("chile", true)).isEqualTo(new SaveResult.Invalid<>(List.of()));
		assertThat(this.notes.stored).isEmpty();
		assertThat(this.events).isEmpty();
	}

	@Test
	void createsAndDeletesWithTheirAuditEventsAndTheMembersPages() {
		SaveResult<Note, String> created = this.editor.create("chile", false);
		assertThat(created).isInstanceOf(SaveResult.Saved.class);
		assertThat(this.editor.delete(1L, 0)).isInstanceOf(SaveResult.Saved.class);
		assertThat(this.notes.stored).isEmpty();
		assertThat(this.events).containsExactly(MemberContentChanged.of("chile"), MemberContentChanged.of("chile"));
		verify(this.audit).record(eq(AuditAction.CREATE), eq("Note"), eq("1"), eq("chile"), eq(null), anyMap());
		verify(this.audit).record(eq(AuditAction.DELETE), eq("Note"), eq("1"), eq("chile"), anyMap(), eq(null));
	}

	@Test
	void aRecordNoPublicPageShowsChangesNoPage() {
		this.notes.stored.put(1L, new Note(null, 0));
		assertThat(this.editor.update(1L, 0, null, false)).isInstanceOf(SaveResult.Saved.class);
		assertThat(this.events).isEmpty();
		verify(this.audit).record(eq(AuditAction.UPDATE), eq("Note"), eq("1"), eq(null), any(), any());
	}

	@Test
	void anUnknownRecordIsNotFound() {
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.editor.form(9L));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.editor.update(9L, 0, "chile", false));
	}

	private static final class Note implements AdminEditor.Edited {

		private String member;

		private long version;

		private Long id;

		Note(String member, long version) {
			this.member = member;
			this.version = version;
		}

		@Override
		public long getVersion() {
			return this.version;
		}

		@Override
		public Map<String, Object> snapshot() {
			Map<String, Object> values = new HashMap<>();
			values.put("member", this.member);
			return values;
		}

	}

	/** Notes kept in a map; the form is the member's slug; "nowhere" is no member. */
	private static final class Notes implements AdminEditor.Kind<Long, Note, String> {

		private final Map<Long, Note> stored = new HashMap<>();

		private boolean failOnSave;

		@Override
		public String subject() {
			return "Note";
		}

		@Override
		public Optional<Note> find(Long id) {
			Optional<Note> found = Optional.ofNullable(this.stored.get(id));
			found.ifPresent(note -> note.id = id);
			return found;
		}

		@Override
		public String formOf(Note note) {
			return note.member;
		}

		@Override
		public String keyOf(Note note) {
			return String.valueOf(note.id);
		}

		@Override
		public String memberOf(Note note) {
			return note.member;
		}

		@Override
		public Note save(Note note) {
			if (this.failOnSave) {
				throw new ObjectOptimisticLockingFailureException(Note.class, note.id);
			}
			if (note.id == null) {
				note.id = (long) this.stored.size() + 1;
				this.stored.put(note.id, note);
			}
			return note;
		}

		@Override
		public void delete(Note note) {
			this.stored.remove(note.id);
		}

		@Override
		public List<Problem> check(String member, Note current) {
			return "nowhere".equals(member) ? List.of(Problem.of("member", "member.unknown")) : List.of();
		}

		@Override
		public Note newRecord(String member) {
			return new Note(member, 0);
		}

		@Override
		public void apply(String member, Note note) {
			note.member = member;
		}

	}

}

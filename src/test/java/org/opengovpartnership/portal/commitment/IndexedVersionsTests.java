package org.opengovpartnership.portal.commitment;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the search index's commits remember, and what it makes the next start do. */
class IndexedVersionsTests {

	private final IndexedVersions indexed = new IndexedVersions("db-1", 4, Map.of("mexico", 7L, "chile", 2L));

	@Test
	void readsBackWhatItsCommitRecorded() {
		assertThat(IndexedVersions.of(this.indexed.commitData().entrySet())).isEqualTo(this.indexed);
	}

	@Test
	void knowsNothingOfAnIndexWithoutCommitDataOrOfAnotherFormat() {
		assertThat(IndexedVersions.of(null)).isEqualTo(IndexedVersions.NONE);
		Map<String, String> older = new java.util.HashMap<>(this.indexed.commitData());
		older.put("format", "1");
		assertThat(IndexedVersions.of(older.entrySet())).isEqualTo(IndexedVersions.NONE);
		assertThat(IndexedVersions.NONE.needsRebuildFor(this.indexed)).isTrue();
	}

	@Test
	void isBuiltAgainForAnotherDatabaseOrAfterAnImport() {
		assertThat(this.indexed.needsRebuildFor(this.indexed)).isFalse();
		assertThat(this.indexed.needsRebuildFor(new IndexedVersions("db-2", 4, this.indexed.members()))).isTrue();
		assertThat(this.indexed.needsRebuildFor(new IndexedVersions("db-1", 5, this.indexed.members()))).isTrue();
	}

	@Test
	void namesTheMembersChangedCreatedOrDeletedSince() {
		IndexedVersions now = new IndexedVersions("db-1", 4, Map.of("mexico", 8L, "kenya", 0L));
		assertThat(this.indexed.membersMovedIn(now)).containsExactlyInAnyOrder("mexico", "kenya", "chile");
		assertThat(this.indexed.membersMovedIn(this.indexed)).isEmpty();
	}

	@Test
	void recordsOnlyTheMembersIndexedAgain() {
		IndexedVersions now = new IndexedVersions("db-1", 5, Map.of("mexico", 8L, "kenya", 0L));
		assertThat(this.indexed.withMembersOf(now, Set.of("mexico"), false))
			.isEqualTo(new IndexedVersions("db-1", 4, Map.of("mexico", 8L, "chile", 2L)));
		assertThat(this.indexed.withMembersOf(now, Set.of("chile"), true))
			.isEqualTo(new IndexedVersions("db-1", 5, Map.of("mexico", 7L)));
	}

}

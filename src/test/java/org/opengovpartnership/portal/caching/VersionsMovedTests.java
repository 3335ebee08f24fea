package org.opengovpartnership.portal.caching;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.caching.VersionsInMemory.Snapshot;
import org.opengovpartnership.portal.system.ContentVersionsMoved;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What another instance changed, as two reads of the content versions tell it: what the
 * search index indexes again.
 */
class VersionsMovedTests {

	private static final Snapshot BEFORE = new Snapshot(
			Map.of("mexico", new MemberVersion(1, 4, 2), "chile", new MemberVersion(2, 7, 2)), 2, 11);

	@Test
	void namesTheMembersWhoseVersionMoved() {
		Snapshot after = new Snapshot(Map.of("mexico", new MemberVersion(1, 5, 2), "chile", new MemberVersion(2, 7, 2)),
				2, 12);
		assertThat(VersionsInMemory.moved(BEFORE, after)).isEqualTo(new ContentVersionsMoved(Set.of("mexico"), false));
	}

	@Test
	void namesANewMemberAndADeletedOne() {
		Snapshot after = new Snapshot(Map.of("mexico", new MemberVersion(1, 4, 2), "peru", new MemberVersion(3, 1, 2)),
				2, 13);
		assertThat(VersionsInMemory.moved(BEFORE, after).slugs()).containsExactlyInAnyOrder("peru", "chile");
	}

	@Test
	void saysWhenEveryMemberChanged() {
		Snapshot after = new Snapshot(Map.of("mexico", new MemberVersion(1, 4, 3), "chile", new MemberVersion(2, 7, 3)),
				3, 12);
		ContentVersionsMoved moved = VersionsInMemory.moved(BEFORE, after);
		assertThat(moved.everyMember()).isTrue();
		assertThat(moved.any()).isTrue();
	}

	@Test
	void movesNothingOnTheFirstReadOrForAReadNoNewerThanTheOneKept() {
		assertThat(VersionsInMemory.moved(null, BEFORE).any()).isFalse();
		assertThat(VersionsInMemory.moved(BEFORE, BEFORE).any()).isFalse();
		Snapshot older = new Snapshot(Map.of("mexico", new MemberVersion(1, 3, 2)), 2, 10);
		assertThat(VersionsInMemory.moved(BEFORE, older).any()).isFalse();
	}

}

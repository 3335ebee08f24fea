package org.opengovpartnership.portal.commitment;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.opengovpartnership.portal.system.ContentVersionsMoved;

/**
 * The content versions the search index holds the commitments of, kept with each of its
 * commits: at start, a member whose version moved since is indexed again, and everything
 * after an import or in another database.
 *
 * @param database the identity of the database the index was built from
 * @param everyMember the version of what every member's pages show (an import moves it)
 * @param members each member's version, by slug
 */
record IndexedVersions(String database, long everyMember, Map<String, Long> members) {

	/**
	 * The shape of the index's documents and analysis: an index of another shape is built
	 * again.
	 */
	static final String FORMAT = "4";

	private static final String MEMBER_PREFIX = "member:";

	/** What an index without commit data holds: nothing known. */
	static final IndexedVersions NONE = new IndexedVersions("", -1, Map.of());

	IndexedVersions {
		members = Map.copyOf(members);
	}

	/** What an index's commit data says it holds; nothing known for another format. */
	static IndexedVersions of(Iterable<Map.Entry<String, String>> commitData) {
		Map<String, String> data = new HashMap<>();
		if (commitData != null) {
			commitData.forEach((entry) -> data.put(entry.getKey(), entry.getValue()));
		}
		if (!FORMAT.equals(data.get("format"))) {
			return NONE;
		}
		Map<String, Long> members = new HashMap<>();
		data.forEach((key, value) -> {
			if (key.startsWith(MEMBER_PREFIX)) {
				members.put(key.substring(MEMBER_PREFIX.length()), Long.valueOf(value));
			}
		});
		return new IndexedVersions(data.get("database"), Long.parseLong(data.get("every-member")), members);
	}

	Map<String, String> commitData() {
		Map<String, String> data = new HashMap<>();
		data.put("format", FORMAT);
		data.put("database", this.database);
		data.put("every-member", Long.toString(this.everyMember));
		this.members.forEach((slug, version) -> data.put(MEMBER_PREFIX + slug, Long.toString(version)));
		return data;
	}

	/**
	 * Whether an index of these versions must be built again from nothing to hold what
	 * the database holds now.
	 */
	boolean needsRebuildFor(IndexedVersions now) {
		return !this.database.equals(now.database) || this.everyMember != now.everyMember;
	}

	/** The members whose commitments an index of these versions holds other than now. */
	Set<String> membersMovedIn(IndexedVersions now) {
		return ContentVersionsMoved.membersBetween(this.members, now.members);
	}

	/** These versions, with the given members' (and every member's) as they are now. */
	IndexedVersions withMembersOf(IndexedVersions now, Set<String> slugs, boolean everyMember) {
		Map<String, Long> members = new HashMap<>(this.members);
		for (String slug : slugs) {
			Long version = now.members.get(slug);
			if (version != null) {
				members.put(slug, version);
			}
			else {
				members.remove(slug);
			}
		}
		return new IndexedVersions(now.database, everyMember ? now.everyMember : this.everyMember, members);
	}

}

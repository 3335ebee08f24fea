package org.opengovpartnership.portal.system;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Published when the content versions read from the database moved before this instance
 * moved them itself: another instance committed a change (PostgreSQL notified it), or the
 * listener caught up after its connection dropped. Heard on the listening thread: a
 * listener hands long work to a thread of its own.
 *
 * @param slugs the members whose pages changed
 * @param everyMember whether every member's pages changed (an import)
 */
public record ContentVersionsMoved(Set<String> slugs, boolean everyMember) {

	/** No version moved. */
	public static final ContentVersionsMoved NOTHING = new ContentVersionsMoved(Set.of(), false);

	public boolean any() {
		return this.everyMember || !this.slugs.isEmpty();
	}

	/**
	 * The members whose content versions differ between two reads (by slug), those
	 * created or deleted in between included.
	 */
	public static Set<String> membersBetween(Map<String, Long> before, Map<String, Long> after) {
		Set<String> moved = new TreeSet<>();
		after.forEach((slug, version) -> {
			if (!version.equals(before.get(slug))) {
				moved.add(slug);
			}
		});
		before.keySet().stream().filter((slug) -> !after.containsKey(slug)).forEach(moved::add);
		return moved;
	}

}

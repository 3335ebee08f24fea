package org.opengovpartnership.portal.commitment;

import java.util.Set;

/**
 * Published inside an import's transaction, so that the search index indexes again only
 * what the import changed once it commits.
 *
 * @param commitmentIds the commitments the import created or updated
 * @param memberSlugs the members whose own fields or action plans the import changed, all
 * of whose commitments the index holds those values of
 */
public record CommitmentsImported(Set<Long> commitmentIds, Set<String> memberSlugs) {

	public CommitmentsImported {
		commitmentIds = Set.copyOf(commitmentIds);
		memberSlugs = Set.copyOf(memberSlugs);
	}

}

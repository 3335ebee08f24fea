package org.opengovpartnership.portal.commitment;

import java.util.List;

/**
 * Published inside an import's transaction each time it has written a part of its
 * commitments (their policy areas included), so that the search index analyses them while
 * the import goes on; what it analysed joins the index once the import commits.
 *
 * @param commitments the values of the commitments this part created or updated, as the
 * database now holds them (the import hands them over rather than the index reading them
 * back)
 */
public record CommitmentsWritten(List<IndexedCommitment> commitments) {

	public CommitmentsWritten {
		commitments = List.copyOf(commitments);
	}

}

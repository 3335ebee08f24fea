package org.opengovpartnership.portal.commitment;

import java.util.List;

/**
 * Published inside an import's transaction each time it has written a part of its
 * commitments (their policy areas included), so that the search index analyses them while
 * the import goes on; what it analysed joins the index once the import commits.
 *
 * @param ids the commitments created or updated by this part
 */
public record CommitmentsWritten(List<Long> ids) {

	public CommitmentsWritten {
		ids = List.copyOf(ids);
	}

}

package org.opengovpartnership.portal.commitment;

import java.util.List;

/**
 * A commitment as a link: its code and title.
 */
public record CommitmentLink(String code, String title) {

	/** The commitment before {@code code} in {@code links}, or null for the first. */
	static CommitmentLink before(List<CommitmentLink> links, String code) {
		int index = indexOf(links, code);
		return (index > 0) ? links.get(index - 1) : null;
	}

	/** The commitment after {@code code} in {@code links}, or null for the last. */
	static CommitmentLink after(List<CommitmentLink> links, String code) {
		int index = indexOf(links, code);
		return (index >= 0 && index < links.size() - 1) ? links.get(index + 1) : null;
	}

	private static int indexOf(List<CommitmentLink> links, String code) {
		for (int i = 0; i < links.size(); i++) {
			if (links.get(i).code().equals(code)) {
				return i;
			}
		}
		return -1;
	}

}

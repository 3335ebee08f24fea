package org.opengovpartnership.portal.commitment;

import java.util.Locale;

/**
 * What the commitment explorer, the exports and the API filter by; null means no filter.
 *
 * @param member the member's slug
 * @param plan the action plan number
 * @param area a policy area's name: the primary one or any tag
 * @param year the year the action plan starts, which is the commitment's year on OGP's pages
 * @param status active or not
 * @param q words in the code, title or short title, in any case
 */
public record CommitmentFilter(String member, Integer plan, String area, Integer year, CommitmentStatus status,
		String q) {

	public CommitmentFilter {
		area = blankToNull(area);
		q = blankToNull(q);
	}

	/** Every commitment of the portal. */
	public static CommitmentFilter all() {
		return new CommitmentFilter(null, null, null, null, null, null);
	}

	/** The same filter, for one member's commitments. */
	public CommitmentFilter forMember(String slug) {
		return new CommitmentFilter(slug, this.plan, this.area, this.year, this.status, this.q);
	}

	/** Reads a status as addresses write it: "active" or "inactive", in any case; null for anything else. */
	public static CommitmentStatus status(String status) {
		if (status == null) {
			return null;
		}
		return switch (status.strip().toUpperCase(Locale.ROOT)) {
			case "ACTIVE" -> CommitmentStatus.ACTIVE;
			case "INACTIVE" -> CommitmentStatus.INACTIVE;
			default -> null;
		};
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}

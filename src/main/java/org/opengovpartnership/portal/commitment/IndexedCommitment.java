package org.opengovpartnership.portal.commitment;

import java.time.Instant;
import java.util.List;

/**
 * The values of one commitment that the search index holds: read from the database by one
 * statement for many commitments at once (no entity loaded), or handed over by an import
 * as it writes them.
 *
 * @param id the commitment's id
 * @param code its code
 * @param title its title
 * @param shortTitle its short title
 * @param description its description
 * @param lead its lead institution
 * @param supporting its supporting institutions
 * @param member its member's slug
 * @param memberName its member's name
 * @param region its member's region
 * @param level its member's level of government, by name
 * @param plan its action plan's number
 * @param year its action plan's first year
 * @param primaryArea the name of its primary policy area, if any
 * @param tags the names of its policy areas (tags), in no particular order
 * @param status its status, by name
 * @param completion its IRM completion
 * @param impact its IRM potential impact
 * @param opened its IRM "did it open government?"
 * @param starred whether the IRM starred it
 * @param updatedAt when it was last changed
 */
public record IndexedCommitment(long id, String code, String title, String shortTitle, String description, String lead,
		String supporting, String member, String memberName, String region, String level, int plan, int year,
		String primaryArea, List<String> tags, String status, String completion, String impact, String opened,
		Boolean starred, Instant updatedAt) {

	public IndexedCommitment {
		tags = List.copyOf(tags);
	}

}

package org.opengovpartnership.portal.system;

import java.util.Map;

/**
 * The content versions as committed in the database (the caching module keeps them), read
 * for what must know which changes it holds: the search index records them with each of
 * its commits.
 */
public interface CommittedVersions {

	/**
	 * The versions now, read in the caller's transaction.
	 */
	Versions committed();

	/**
	 * @param database the database's identity, chosen once by the first instance that
	 * asks: a copy of a data folder beside another database knows it is
	 * @param everyMember the version of what every member's pages show (an import moves
	 * it)
	 * @param members each member's version, by slug
	 */
	record Versions(String database, long everyMember, Map<String, Long> members) {

		public Versions {
			members = Map.copyOf(members);
		}

	}

}

package org.opengovpartnership.portal.commitment;

/**
 * The explorer across every member's filter: the member explorer's, plus member, region
 * and level of government, which a member's own explorer does not read (so they neither
 * change its page nor its cache key).
 */
public class AllMembersFilter extends CommitmentFilter {

	public void setMember(String member) {
		this.member = member;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public void setLevel(String level) {
		this.level = level;
	}

}

package org.opengovpartnership.portal.caching;

/**
 * What a member's pages depend on: which member (a member deleted and created again gets
 * a new id), its own content version, and the version of changes shown on every member's
 * pages.
 */
record MemberVersion(long memberId, long contentVersion, long everyMember) {

	String key() {
		return "m" + this.memberId + "." + this.contentVersion + "." + this.everyMember;
	}

}

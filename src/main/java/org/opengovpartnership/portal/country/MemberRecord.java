package org.opengovpartnership.portal.country;

import java.util.Map;

/**
 * A record that belongs to a member and has a place among the member's records of its kind: a contact, a post, a
 * resource, a Global Report row.
 */
public interface MemberRecord {

	Long getId();

	long getVersion();

	Country getCountry();

	void setCountry(Country country);

	/** Its place among the member's records of its kind, from 1. */
	int getPosition();

	void setPosition(int position);

	/** The values the audit trail keeps, the member's slug under {@code member}. */
	Map<String, Object> snapshot();

}

package org.opengovpartnership.portal.country;

import jakarta.validation.constraints.NotNull;

/**
 * What every form of a record that belongs to a member edits besides its own fields: the member, chosen from the
 * offered ones, and the version the editor started from, so a save over someone else's newer one is detected.
 */
public abstract class MemberRecordForm {

	@NotNull
	private Long countryId;

	private long version;

	public Long getCountryId() {
		return this.countryId;
	}

	public void setCountryId(Long countryId) {
		this.countryId = countryId;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}

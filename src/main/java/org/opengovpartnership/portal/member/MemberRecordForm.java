package org.opengovpartnership.portal.member;

import jakarta.validation.constraints.NotNull;

import org.opengovpartnership.portal.system.AdminForms;
import org.opengovpartnership.portal.system.StaleField;

/**
 * What every form of a record that belongs to a member edits besides its own fields: the
 * member, chosen from the offered ones, and the version the editor started from, so a
 * save over someone else's newer one is detected.
 * <p>
 * A form is its record's details plus the member and the version. Its fields stay flat
 * ({@code name}, not {@code details.name}) so the request parameters are the details'
 * component names; the admin controller binds them as fields
 * ({@link org.springframework.validation.DataBinder#initDirectFieldAccess()}), so a form
 * declares each field once, with its constraints, and {@link #details()} and
 * {@link #fill} are the one place it maps them to its record.
 *
 * @param <D> the record's details
 */
public abstract class MemberRecordForm<D extends Record> implements StaleField.Form, AdminForms.Versioned {

	@NotNull
	private Long memberId;

	private long version;

	/** The details typed, once the form is valid. */
	public abstract D details();

	/** Shows the details in the form. */
	public abstract void fill(D details);

	public Long getMemberId() {
		return this.memberId;
	}

	public void setMemberId(Long memberId) {
		this.memberId = memberId;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}

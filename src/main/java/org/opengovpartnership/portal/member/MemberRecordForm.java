package org.opengovpartnership.portal.member;

import jakarta.validation.constraints.NotNull;

import org.opengovpartnership.portal.system.StaleField;

/**
 * What every form of a record that belongs to a member edits besides its own fields: the
 * member, chosen from the offered ones, and the version the editor started from, so a
 * save over someone else's newer one is detected.
 * <p>
 * A form is its record's details plus the member and the version. Its fields stay flat
 * JavaBean properties ({@code name}, not {@code details.name}) because binding, Bean
 * Validation and Thymeleaf's {@code th:field} work on those; {@link #details()} and
 * {@link #fill} are the one place each form maps them to its record.
 *
 * @param <D> the record's details
 */
public abstract class MemberRecordForm<D extends Record> implements StaleField.Form {

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

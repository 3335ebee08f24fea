package org.opengovpartnership.portal.country;

import java.util.List;
import java.util.Map;

import org.opengovpartnership.portal.audit.AuditAction;
import org.opengovpartnership.portal.audit.AuditTrail;
import org.opengovpartnership.portal.system.NotFoundException;
import org.opengovpartnership.portal.system.StaleRecordException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Creates, updates and deletes a kind of member record from its admin form, each change with its audit event in one
 * transaction. A new record, or one moved to another member, goes last among that member's; otherwise positions are
 * kept. Refuses a save based on an older version than the stored one. A subclass says how a form becomes a record and
 * back.
 *
 * @param <E> the kind's entity
 * @param <F> the kind's form
 */
public abstract class MemberRecordAdminService<E extends MemberRecord, F extends MemberRecordForm> {

	private final String subject;

	private final MemberRecordRepository<E> records;

	private final CountryRepository countries;

	private final AuditTrail audit;

	/** @param subject what the audit trail calls a record of this kind ({@code Contact}) */
	protected MemberRecordAdminService(String subject, MemberRecordRepository<E> records, CountryRepository countries,
			AuditTrail audit) {
		this.subject = subject;
		this.records = records;
		this.countries = countries;
		this.audit = audit;
	}

	/** A new record of the member at the position, with what its constructor asks of the form. */
	protected abstract E newRecord(Country country, int position, F form);

	/** Copies the form's values but the member and the version onto the record. */
	protected abstract void apply(F form, E record);

	protected abstract F formOf(E record);

	/** The records of a member, or of every member when {@code countryId} is null, each with its member. */
	@Transactional(readOnly = true)
	public List<E> records(Long countryId) {
		return (countryId != null) ? this.records.findByCountryIdWithCountry(countryId)
				: this.records.findAllWithCountry();
	}

	/** The stored record as its form shows it; a 404 for an unknown id. */
	@Transactional(readOnly = true)
	public F formFor(long id) {
		return formOf(load(id));
	}

	/** @return the new record's id, or null when the form has errors (added to {@code errors}) */
	@Transactional
	public Long create(F form, Errors errors) {
		Country country = member(form, errors);
		if (errors.hasErrors()) {
			return null;
		}
		E record = newRecord(country, this.records.maxPosition(country) + 1, form);
		apply(form, record);
		this.records.save(record);
		this.audit.record(AuditAction.CREATE, this.subject, String.valueOf(record.getId()), country.getSlug(), null,
				record.snapshot());
		return record.getId();
	}

	/**
	 * @return whether the record was saved; false when the form has errors (added to {@code errors})
	 * @throws StaleRecordException when the form's version is not the stored one
	 */
	@Transactional
	public boolean update(long id, F form, Errors errors) {
		E record = load(id);
		if (record.getVersion() != form.getVersion()) {
			throw new StaleRecordException(formOf(record));
		}
		Country country = member(form, errors);
		if (errors.hasErrors()) {
			return false;
		}
		Map<String, Object> before = record.snapshot();
		if (!country.getId().equals(record.getCountry().getId())) {
			record.setCountry(country);
			record.setPosition(this.records.maxPosition(country) + 1);
		}
		apply(form, record);
		this.records.save(record);
		this.audit.record(AuditAction.UPDATE, this.subject, String.valueOf(id), country.getSlug(), before,
				record.snapshot());
		return true;
	}

	/**
	 * @return the id of the member the record belonged to
	 * @throws StaleRecordException when {@code version} is not the stored one
	 */
	@Transactional
	public long delete(long id, long version) {
		E record = load(id);
		if (record.getVersion() != version) {
			throw new StaleRecordException(formOf(record));
		}
		this.audit.record(AuditAction.DELETE, this.subject, String.valueOf(id), record.getCountry().getSlug(),
				record.snapshot(), null);
		this.records.delete(record);
		return record.getCountry().getId();
	}

	/** @return the chosen member, or null when none is chosen (a Bean Validation error) or it does not exist */
	private Country member(F form, Errors errors) {
		if (form.getCountryId() == null) {
			return null;
		}
		Country country = this.countries.findById(form.getCountryId()).orElse(null);
		if (country == null) {
			errors.rejectValue("countryId", "member.unknown");
		}
		return country;
	}

	private E load(long id) {
		return this.records.findForEditById(id).orElseThrow(NotFoundException::new);
	}

}

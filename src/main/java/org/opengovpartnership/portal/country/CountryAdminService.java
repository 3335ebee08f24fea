package org.opengovpartnership.portal.country;

import java.time.Clock;
import java.time.Year;
import java.util.Map;

import org.opengovpartnership.portal.audit.AuditAction;
import org.opengovpartnership.portal.audit.AuditTrail;
import org.opengovpartnership.portal.system.NotFoundException;
import org.opengovpartnership.portal.system.RecordInUseException;
import org.opengovpartnership.portal.system.StaleRecordException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Creates, updates and deletes members from the admin form, each change with its audit event in one transaction;
 * checks what Bean Validation cannot (a unique slug, a "member since" year up to next year) and refuses a save based
 * on an older version than the stored one.
 */
@Service
class CountryAdminService {

	static final String SUBJECT = "Country";

	/** OGP was founded in 2011; no one is a member from before. */
	static final int FIRST_MEMBER_YEAR = 2011;

	private final CountryRepository countries;

	private final AuditTrail audit;

	private final Clock clock;

	private final ObjectProvider<MemberDependents> dependents;

	CountryAdminService(CountryRepository countries, AuditTrail audit, Clock clock,
			ObjectProvider<MemberDependents> dependents) {
		this.countries = countries;
		this.audit = audit;
		this.clock = clock;
		this.dependents = dependents;
	}

	@Transactional(readOnly = true)
	CountryForm formFor(long id) {
		return CountryForm.from(load(id));
	}

	/**
	 * Adds the checks Bean Validation cannot make to the form's errors, so all are shown at once.
	 * @return the new member's id, or null when the form has errors
	 */
	@Transactional
	Long create(CountryForm form, Errors errors) {
		check(form, null, errors);
		if (errors.hasErrors()) {
			return null;
		}
		Country country = new Country(form.getSlug(), form.getName());
		form.applyTo(country);
		this.countries.save(country);
		this.audit.record(AuditAction.CREATE, SUBJECT, String.valueOf(country.getId()), country.getSlug(), null,
				country.snapshot());
		return country.getId();
	}

	/** @return whether the member was saved; false when the form has errors, its own or those found here */
	@Transactional
	boolean update(long id, CountryForm form, Errors errors) {
		Country country = load(id);
		if (country.getVersion() != form.getVersion()) {
			throw new StaleRecordException(CountryForm.from(country));
		}
		check(form, country, errors);
		if (errors.hasErrors()) {
			return false;
		}
		Map<String, Object> before = country.snapshot();
		form.applyTo(country);
		this.countries.save(country);
		this.audit.record(AuditAction.UPDATE, SUBJECT, String.valueOf(id), country.getSlug(), before,
				country.snapshot());
		return true;
	}

	/**
	 * Deletes a member and its contacts, which its audit event lists; refused while action plans, resources, posts or
	 * Global Report rows remain.
	 */
	@Transactional
	void delete(long id, long version) {
		Country country = load(id);
		if (country.getVersion() != version) {
			throw new StaleRecordException(CountryForm.from(country));
		}
		if (this.countries.countDependents(country)
				+ this.dependents.stream().mapToLong((other) -> other.countFor(country)).sum() > 0) {
			throw new RecordInUseException("country.delete.inUse");
		}
		Map<String, Object> before = country.snapshot();
		before.put("contacts", country.getContacts().stream().map(Contact::snapshot).toList());
		this.audit.record(AuditAction.DELETE, SUBJECT, String.valueOf(id), country.getSlug(), before, null);
		this.countries.delete(country);
	}

	/** The latest year a member can have joined: next year, for members announced ahead. */
	int lastMemberYear() {
		return Year.now(this.clock).getValue() + 1;
	}

	private void check(CountryForm form, Country current, Errors errors) {
		if (form.getSlug() != null) {
			this.countries.findBySlug(form.getSlug())
				.filter(other -> current == null || !other.getId().equals(current.getId()))
				.ifPresent(other -> errors.rejectValue("slug", "country.slug.taken"));
		}
		Integer since = form.getMemberSince();
		if (since != null && (since < FIRST_MEMBER_YEAR || since > lastMemberYear())) {
			errors.rejectValue("memberSince", "country.memberSince.range",
					new Object[] { String.valueOf(FIRST_MEMBER_YEAR), String.valueOf(lastMemberYear()) },
					"Enter a year from " + FIRST_MEMBER_YEAR + " to " + lastMemberYear());
		}
	}

	private Country load(long id) {
		return this.countries.findById(id).orElseThrow(NotFoundException::new);
	}

}

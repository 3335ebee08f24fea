package org.opengovpartnership.portal.resource;

import java.util.Map;

import org.opengovpartnership.portal.audit.AuditAction;
import org.opengovpartnership.portal.audit.AuditTrail;
import org.opengovpartnership.portal.country.Country;
import org.opengovpartnership.portal.country.CountryRepository;
import org.opengovpartnership.portal.system.NotFoundException;
import org.opengovpartnership.portal.system.StaleRecordException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Creates, updates and deletes resources from the admin form, each change with its audit event in one transaction. A new
 * resource, or one moved to another member, goes last among that member's; otherwise positions are kept. Refuses a save
 * based on an older version than the stored one.
 */
@Service
class MemberResourceAdminService {

	static final String SUBJECT = "MemberResource";

	private final MemberResourceRepository resources;

	private final CountryRepository countries;

	private final AuditTrail audit;

	MemberResourceAdminService(MemberResourceRepository resources, CountryRepository countries, AuditTrail audit) {
		this.resources = resources;
		this.countries = countries;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	MemberResourceForm formFor(long id) {
		return MemberResourceForm.from(load(id));
	}

	/** @return the new resource's id, or null when the form has errors (added to {@code errors}) */
	@Transactional
	Long create(MemberResourceForm form, Errors errors) {
		Country country = member(form, errors);
		if (errors.hasErrors()) {
			return null;
		}
		int position = this.resources.maxPosition(country) + 1;
		MemberResource resource = new MemberResource(country, position, form.getTitle());
		form.applyTo(resource);
		this.resources.save(resource);
		this.audit.record(AuditAction.CREATE, SUBJECT, String.valueOf(resource.getId()), country.getSlug(), null,
				resource.snapshot());
		return resource.getId();
	}

	/** @return whether the resource was saved; false when the form has errors (added to {@code errors}) */
	@Transactional
	boolean update(long id, MemberResourceForm form, Errors errors) {
		MemberResource resource = load(id);
		if (resource.getVersion() != form.getVersion()) {
			throw new StaleRecordException(MemberResourceForm.from(resource));
		}
		Country country = member(form, errors);
		if (errors.hasErrors()) {
			return false;
		}
		Map<String, Object> before = resource.snapshot();
		if (!country.getId().equals(resource.getCountry().getId())) {
			resource.setCountry(country);
			resource.setPosition(this.resources.maxPosition(country) + 1);
		}
		form.applyTo(resource);
		this.resources.save(resource);
		this.audit.record(AuditAction.UPDATE, SUBJECT, String.valueOf(id), country.getSlug(), before,
				resource.snapshot());
		return true;
	}

	/** @return the id of the member the resource belonged to */
	@Transactional
	long delete(long id, long version) {
		MemberResource resource = load(id);
		if (resource.getVersion() != version) {
			throw new StaleRecordException(MemberResourceForm.from(resource));
		}
		this.audit.record(AuditAction.DELETE, SUBJECT, String.valueOf(id), resource.getCountry().getSlug(),
				resource.snapshot(), null);
		this.resources.delete(resource);
		return resource.getCountry().getId();
	}

	/** @return the chosen member, or null when none is chosen (a Bean Validation error) or it does not exist */
	private Country member(MemberResourceForm form, Errors errors) {
		if (form.getCountryId() == null) {
			return null;
		}
		Country country = this.countries.findById(form.getCountryId()).orElse(null);
		if (country == null) {
			errors.rejectValue("countryId", "member.unknown");
		}
		return country;
	}

	private MemberResource load(long id) {
		return this.resources.findForEditById(id).orElseThrow(NotFoundException::new);
	}

}

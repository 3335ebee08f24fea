package org.opengovpartnership.portal.country;

import java.util.Map;

import org.opengovpartnership.portal.audit.AuditAction;
import org.opengovpartnership.portal.audit.AuditTrail;
import org.opengovpartnership.portal.system.NotFoundException;
import org.opengovpartnership.portal.system.StaleRecordException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Creates, updates and deletes dimensions from the admin form, each change with its audit event in one transaction. A new
 * dimension, or one moved to another member, goes last among that member's; otherwise positions are kept. Refuses a save
 * based on an older version than the stored one.
 */
@Service
class GlobalReportDimensionAdminService {

	static final String SUBJECT = "GlobalReportDimension";

	private final GlobalReportDimensionRepository dimensions;

	private final CountryRepository countries;

	private final AuditTrail audit;

	GlobalReportDimensionAdminService(GlobalReportDimensionRepository dimensions, CountryRepository countries, AuditTrail audit) {
		this.dimensions = dimensions;
		this.countries = countries;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	GlobalReportDimensionForm formFor(long id) {
		return GlobalReportDimensionForm.from(load(id));
	}

	/** @return the new dimension's id, or null when the form has errors (added to {@code errors}) */
	@Transactional
	Long create(GlobalReportDimensionForm form, Errors errors) {
		Country country = member(form, errors);
		if (errors.hasErrors()) {
			return null;
		}
		int position = this.dimensions.maxPosition(country) + 1;
		GlobalReportDimension dimension = new GlobalReportDimension(country, position, form.getPolicyArea());
		form.applyTo(dimension);
		this.dimensions.save(dimension);
		this.audit.record(AuditAction.CREATE, SUBJECT, String.valueOf(dimension.getId()), country.getSlug(), null,
				dimension.snapshot());
		return dimension.getId();
	}

	/** @return whether the dimension was saved; false when the form has errors (added to {@code errors}) */
	@Transactional
	boolean update(long id, GlobalReportDimensionForm form, Errors errors) {
		GlobalReportDimension dimension = load(id);
		if (dimension.getVersion() != form.getVersion()) {
			throw new StaleRecordException(GlobalReportDimensionForm.from(dimension));
		}
		Country country = member(form, errors);
		if (errors.hasErrors()) {
			return false;
		}
		Map<String, Object> before = dimension.snapshot();
		if (!country.getId().equals(dimension.getCountry().getId())) {
			dimension.setCountry(country);
			dimension.setPosition(this.dimensions.maxPosition(country) + 1);
		}
		form.applyTo(dimension);
		this.dimensions.save(dimension);
		this.audit.record(AuditAction.UPDATE, SUBJECT, String.valueOf(id), country.getSlug(), before,
				dimension.snapshot());
		return true;
	}

	/** @return the id of the member the dimension belonged to */
	@Transactional
	long delete(long id, long version) {
		GlobalReportDimension dimension = load(id);
		if (dimension.getVersion() != version) {
			throw new StaleRecordException(GlobalReportDimensionForm.from(dimension));
		}
		this.audit.record(AuditAction.DELETE, SUBJECT, String.valueOf(id), dimension.getCountry().getSlug(),
				dimension.snapshot(), null);
		this.dimensions.delete(dimension);
		return dimension.getCountry().getId();
	}

	/** @return the chosen member, or null when none is chosen (a Bean Validation error) or it does not exist */
	private Country member(GlobalReportDimensionForm form, Errors errors) {
		if (form.getCountryId() == null) {
			return null;
		}
		Country country = this.countries.findById(form.getCountryId()).orElse(null);
		if (country == null) {
			errors.rejectValue("countryId", "member.unknown");
		}
		return country;
	}

	private GlobalReportDimension load(long id) {
		return this.dimensions.findForEditById(id).orElseThrow(NotFoundException::new);
	}

}

package org.opengovpartnership.portal.resource;

import org.opengovpartnership.portal.audit.AuditTrail;
import org.opengovpartnership.portal.country.Country;
import org.opengovpartnership.portal.country.CountryRepository;
import org.opengovpartnership.portal.country.MemberRecordAdminService;
import org.springframework.stereotype.Service;

/**
 * Creates, updates and deletes resources from the admin form (see {@link MemberRecordAdminService}).
 */
@Service
class MemberResourceAdminService extends MemberRecordAdminService<MemberResource, MemberResourceForm> {

	static final String SUBJECT = "MemberResource";

	MemberResourceAdminService(MemberResourceRepository resources, CountryRepository countries, AuditTrail audit) {
		super(SUBJECT, resources, countries, audit);
	}

	@Override
	protected MemberResource newRecord(Country country, int position, MemberResourceForm form) {
		return new MemberResource(country, position, form.getTitle());
	}

	@Override
	protected void apply(MemberResourceForm form, MemberResource resource) {
		form.applyTo(resource);
	}

	@Override
	protected MemberResourceForm formOf(MemberResource resource) {
		return MemberResourceForm.from(resource);
	}

}

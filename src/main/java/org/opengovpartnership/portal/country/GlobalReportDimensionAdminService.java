package org.opengovpartnership.portal.country;

import org.opengovpartnership.portal.audit.AuditTrail;
import org.springframework.stereotype.Service;

/**
 * Creates, updates and deletes Global Report rows from the admin form (see {@link MemberRecordAdminService}).
 */
@Service
class GlobalReportDimensionAdminService
		extends MemberRecordAdminService<GlobalReportDimension, GlobalReportDimensionForm> {

	static final String SUBJECT = "GlobalReportDimension";

	GlobalReportDimensionAdminService(GlobalReportDimensionRepository dimensions, CountryRepository countries,
			AuditTrail audit) {
		super(SUBJECT, dimensions, countries, audit);
	}

	@Override
	protected GlobalReportDimension newRecord(Country country, int position, GlobalReportDimensionForm form) {
		return new GlobalReportDimension(country, position, form.getPolicyArea());
	}

	@Override
	protected void apply(GlobalReportDimensionForm form, GlobalReportDimension dimension) {
		form.applyTo(dimension);
	}

	@Override
	protected GlobalReportDimensionForm formOf(GlobalReportDimension dimension) {
		return GlobalReportDimensionForm.from(dimension);
	}

}

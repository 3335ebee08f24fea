package org.opengovpartnership.portal.country;

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
 * Creates, updates and deletes action plans from the admin form, each change with its audit event in one
 * transaction; keeps plan numbers unique within a member and refuses a save based on an older version.
 */
@Service
class ActionPlanAdminService {

	static final String SUBJECT = "ActionPlan";

	private final ActionPlanRepository plans;

	private final CountryRepository countries;

	private final AuditTrail audit;

	private final ObjectProvider<MemberDependents> dependents;

	ActionPlanAdminService(ActionPlanRepository plans, CountryRepository countries, AuditTrail audit,
			ObjectProvider<MemberDependents> dependents) {
		this.plans = plans;
		this.countries = countries;
		this.audit = audit;
		this.dependents = dependents;
	}

	@Transactional(readOnly = true)
	ActionPlanForm formFor(long id) {
		return ActionPlanForm.from(load(id));
	}

	/** @return the new plan's id, or null when the form has errors (added to {@code errors}) */
	@Transactional
	Long create(ActionPlanForm form, Errors errors) {
		Country country = check(form, null, errors);
		if (errors.hasErrors()) {
			return null;
		}
		ActionPlan plan = new ActionPlan(country, form.getNumber(), form.getStartYear(), form.getEndYear());
		form.applyTo(plan);
		this.plans.save(plan);
		this.audit.record(AuditAction.CREATE, SUBJECT, String.valueOf(plan.getId()), country.getSlug(), null,
				plan.snapshot());
		return plan.getId();
	}

	/** @return whether the plan was saved; false when the form has errors (added to {@code errors}) */
	@Transactional
	boolean update(long id, ActionPlanForm form, Errors errors) {
		ActionPlan plan = load(id);
		if (plan.getVersion() != form.getVersion()) {
			throw new StaleRecordException(ActionPlanForm.from(plan));
		}
		Country country = check(form, plan, errors);
		if (errors.hasErrors()) {
			return false;
		}
		Map<String, Object> before = plan.snapshot();
		plan.setCountry(country);
		form.applyTo(plan);
		this.plans.save(plan);
		this.audit.record(AuditAction.UPDATE, SUBJECT, String.valueOf(id), country.getSlug(), before,
				plan.snapshot());
		return true;
	}

	/** Deletes a plan; refused while commitments belong to it. @return the member's id */
	@Transactional
	long delete(long id, long version) {
		ActionPlan plan = load(id);
		if (plan.getVersion() != version) {
			throw new StaleRecordException(ActionPlanForm.from(plan));
		}
		if (this.dependents.stream().mapToLong((other) -> other.countFor(plan)).sum() > 0) {
			throw new RecordInUseException("plan.delete.inUse");
		}
		this.audit.record(AuditAction.DELETE, SUBJECT, String.valueOf(id), plan.getCountry().getSlug(),
				plan.snapshot(), null);
		this.plans.delete(plan);
		return plan.getCountry().getId();
	}

	/** @return the chosen member, or null when none is chosen (a Bean Validation error) or it does not exist */
	private Country check(ActionPlanForm form, ActionPlan current, Errors errors) {
		if (form.getCountryId() == null) {
			return null;
		}
		Country country = this.countries.findById(form.getCountryId()).orElse(null);
		if (country == null) {
			errors.rejectValue("countryId", "member.unknown");
			return null;
		}
		if (form.getNumber() != null) {
			this.plans.findByCountryAndNumber(country, form.getNumber())
				.filter(other -> current == null || !other.getId().equals(current.getId()))
				.ifPresent(other -> errors.rejectValue("number", "plan.number.taken"));
		}
		return country;
	}

	private ActionPlan load(long id) {
		return this.plans.findForEditById(id).orElseThrow(NotFoundException::new);
	}

}

package org.opengovpartnership.portal.commitment;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.opengovpartnership.portal.audit.AuditAction;
import org.opengovpartnership.portal.audit.AuditTrail;
import org.opengovpartnership.portal.country.ActionPlan;
import org.opengovpartnership.portal.country.ActionPlanRepository;
import org.opengovpartnership.portal.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Creates, updates and deletes commitments from the admin form, each change with its audit event, in one
 * transaction; refuses a save based on an older version than the stored one.
 */
@Service
class CommitmentAdminService {

	static final String SUBJECT = "Commitment";

	private final CommitmentRepository commitments;

	private final ActionPlanRepository plans;

	private final PolicyAreaRepository policyAreas;

	private final AuditTrail audit;

	CommitmentAdminService(CommitmentRepository commitments, ActionPlanRepository plans,
			PolicyAreaRepository policyAreas, AuditTrail audit) {
		this.commitments = commitments;
		this.plans = plans;
		this.policyAreas = policyAreas;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	CommitmentForm formFor(String code) {
		return CommitmentForm.from(load(code));
	}

	/** @return the new commitment's code, or null when the form has errors (added to {@code errors}) */
	@Transactional
	String create(CommitmentForm form, Errors errors) {
		if (this.commitments.existsByCode(form.getCode())) {
			errors.rejectValue("code", "commitment.code.taken");
		}
		ActionPlan plan = plan(form, errors);
		if (errors.hasErrors()) {
			return null;
		}
		Commitment commitment = new Commitment(plan, form.getCode(), form.getTitle());
		apply(form, commitment);
		this.commitments.save(commitment);
		this.audit.record(AuditAction.CREATE, SUBJECT, commitment.getCode(), plan.getCountry().getSlug(), null,
				commitment.snapshot());
		return commitment.getCode();
	}

	/** @return the code after the update, or null when the form has errors (added to {@code errors}) */
	@Transactional
	String update(String code, CommitmentForm form, Errors errors) {
		Commitment commitment = load(code);
		if (commitment.getVersion() != form.getVersion()) {
			throw new StaleEditException(CommitmentForm.from(commitment));
		}
		if (!code.equals(form.getCode()) && this.commitments.existsByCode(form.getCode())) {
			errors.rejectValue("code", "commitment.code.taken");
		}
		ActionPlan plan = plan(form, errors);
		if (errors.hasErrors()) {
			return null;
		}
		Map<String, Object> before = commitment.snapshot();
		commitment.setActionPlan(plan);
		apply(form, commitment);
		this.commitments.save(commitment);
		this.audit.record(AuditAction.UPDATE, SUBJECT, commitment.getCode(), plan.getCountry().getSlug(), before,
				commitment.snapshot());
		return commitment.getCode();
	}

	/** @return the slug of the member the commitment belonged to */
	@Transactional
	String delete(String code, long version) {
		Commitment commitment = load(code);
		if (commitment.getVersion() != version) {
			throw new StaleEditException(CommitmentForm.from(commitment));
		}
		String slug = commitment.getActionPlan().getCountry().getSlug();
		this.audit.record(AuditAction.DELETE, SUBJECT, code, slug, commitment.snapshot(), null);
		this.commitments.delete(commitment);
		return slug;
	}

	private Commitment load(String code) {
		return this.commitments.findForEditByCode(code).orElseThrow(NotFoundException::new);
	}

	private ActionPlan plan(CommitmentForm form, Errors errors) {
		if (form.getActionPlanId() == null) {
			return null;
		}
		ActionPlan plan = this.plans.findById(form.getActionPlanId()).orElse(null);
		if (plan == null) {
			errors.rejectValue("actionPlanId", "commitment.plan.unknown");
		}
		return plan;
	}

	private void apply(CommitmentForm form, Commitment commitment) {
		commitment.apply(form.details());
		commitment.setPrimaryPolicyArea((form.getPrimaryPolicyAreaId() != null)
				? this.policyAreas.findById(form.getPrimaryPolicyAreaId()).orElse(null) : null);
		List<PolicyArea> tags = this.policyAreas.findByIdIn(form.getPolicyAreaIds());
		commitment.getPolicyAreas().retainAll(new HashSet<>(tags));
		commitment.getPolicyAreas().addAll(tags);
		if (commitment.getPrimaryPolicyArea() != null) {
			commitment.getPolicyAreas().add(commitment.getPrimaryPolicyArea());
		}
		commitment.replaceMilestones(
				form.getMilestones().stream().filter(MilestoneForm::isKept).map(MilestoneForm::toMilestone).toList());
	}

}

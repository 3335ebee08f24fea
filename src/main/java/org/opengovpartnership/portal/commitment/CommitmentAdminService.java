package org.opengovpartnership.portal.commitment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.opengovpartnership.portal.member.ActionPlan;
import org.opengovpartnership.portal.member.ActionPlanRepository;
import org.opengovpartnership.portal.system.AdminEditor;
import org.opengovpartnership.portal.system.AdminEditorSupport;
import org.opengovpartnership.portal.system.Problem;
import org.opengovpartnership.portal.system.SaveResult;
import org.springframework.stereotype.Service;

/**
 * Creates, updates and deletes commitments from the admin form through the
 * {@link AdminEditor}, each change with its audit event, in one transaction; refuses a
 * save based on an older version than the stored one. Codes are unique; the action plan
 * must exist.
 */
@Service
class CommitmentAdminService implements AdminEditor.Kind<String, Commitment, CommitmentForm> {

	static final String SUBJECT = "Commitment";

	private final CommitmentRepository commitments;

	private final ActionPlanRepository plans;

	private final PolicyAreaRepository policyAreas;

	private final AdminEditor<String, Commitment, CommitmentForm> editor;

	CommitmentAdminService(CommitmentRepository commitments, ActionPlanRepository plans,
			PolicyAreaRepository policyAreas, AdminEditorSupport support) {
		this.commitments = commitments;
		this.plans = plans;
		this.policyAreas = policyAreas;
		this.editor = new AdminEditor<>(this, support);
	}

	CommitmentForm formFor(String code) {
		return this.editor.form(code);
	}

	/** A new commitment from a form Bean Validation found valid. */
	SaveResult<Commitment, CommitmentForm> create(CommitmentForm form) {
		return this.editor.create(form, false);
	}

	/**
	 * Saves a form Bean Validation found valid over the stored commitment; the code may
	 * change.
	 */
	SaveResult<Commitment, CommitmentForm> update(String code, CommitmentForm form) {
		return this.editor.update(code, form.getVersion(), form, false);
	}

	SaveResult<Commitment, CommitmentForm> delete(String code, long version) {
		return this.editor.delete(code, version);
	}

	@Override
	public String subject() {
		return SUBJECT;
	}

	@Override
	public Optional<Commitment> find(String code) {
		return this.commitments.findForEditByCode(code);
	}

	@Override
	public CommitmentForm formOf(Commitment commitment) {
		return CommitmentForm.from(commitment);
	}

	@Override
	public String keyOf(Commitment commitment) {
		return commitment.getCode();
	}

	@Override
	public String memberOf(Commitment commitment) {
		return commitment.getActionPlan().getMember().getSlug();
	}

	@Override
	public Commitment save(Commitment commitment) {
		return this.commitments.save(commitment);
	}

	@Override
	public void delete(Commitment commitment) {
		this.commitments.delete(commitment);
	}

	@Override
	public List<Problem> check(CommitmentForm form, Commitment current) {
		List<Problem> problems = new ArrayList<>();
		if ((current == null || !current.getCode().equals(form.details().code()))
				&& this.commitments.existsByCode(form.details().code())) {
			problems.add(Problem.of("details.code", "commitment.code.taken"));
		}
		if (form.getActionPlanId() != null && plan(form).isEmpty()) {
			problems.add(Problem.of("actionPlanId", "commitment.plan.unknown"));
		}
		return problems;
	}

	@Override
	public Commitment newRecord(CommitmentForm form) {
		Commitment commitment = new Commitment(plan(form).orElseThrow(), form.details().code(), form.details().title());
		applyValues(form, commitment);
		return commitment;
	}

	@Override
	public void apply(CommitmentForm form, Commitment commitment) {
		commitment.setActionPlan(plan(form).orElseThrow());
		applyValues(form, commitment);
	}

	private Optional<ActionPlan> plan(CommitmentForm form) {
		return this.plans.findById(form.getActionPlanId());
	}

	private void applyValues(CommitmentForm form, Commitment commitment) {
		commitment.apply(form.details());
		commitment.setPrimaryPolicyArea((form.getPrimaryPolicyAreaId() != null)
				? this.policyAreas.findById(form.getPrimaryPolicyAreaId()).orElse(null) : null);
		List<PolicyArea> tags = this.policyAreas.findByIdIn(form.getPolicyAreaIds());
		commitment.getPolicyAreas().retainAll(new HashSet<>(tags));
		commitment.getPolicyAreas().addAll(tags);
		if (commitment.getPrimaryPolicyArea() != null) {
			commitment.getPolicyAreas().add(commitment.getPrimaryPolicyArea());
		}
		commitment.replaceMilestones(form.keptMilestones());
	}

}

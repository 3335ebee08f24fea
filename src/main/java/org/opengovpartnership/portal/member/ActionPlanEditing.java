package org.opengovpartnership.portal.member;

import java.util.List;
import java.util.Optional;

import org.opengovpartnership.portal.system.AdminEditor;
import org.opengovpartnership.portal.system.Problem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Action plans as the {@link AdminEditor} edits them: plan numbers are unique within a
 * member, and a plan is not deleted while commitments belong to it.
 */
@Component
class ActionPlanEditing implements AdminEditor.Kind<Long, ActionPlan, ActionPlanForm> {

	private final ActionPlanRepository plans;

	private final MemberRepository members;

	private final ObjectProvider<MemberDependents> dependents;

	ActionPlanEditing(ActionPlanRepository plans, MemberRepository members,
			ObjectProvider<MemberDependents> dependents) {
		this.plans = plans;
		this.members = members;
		this.dependents = dependents;
	}

	@Override
	public String subject() {
		return "ActionPlan";
	}

	@Override
	public Optional<ActionPlan> find(Long id) {
		return this.plans.findForEditById(id);
	}

	@Override
	public ActionPlanForm formOf(ActionPlan plan) {
		ActionPlanForm form = new ActionPlanForm();
		form.fill(plan.details());
		form.setMemberId(plan.getMember().getId());
		form.setVersion(plan.getVersion());
		return form;
	}

	@Override
	public String keyOf(ActionPlan plan) {
		return String.valueOf(plan.getId());
	}

	@Override
	public String memberOf(ActionPlan plan) {
		return plan.getMember().getSlug();
	}

	@Override
	public ActionPlan save(ActionPlan plan) {
		return this.plans.save(plan);
	}

	@Override
	public void delete(ActionPlan plan) {
		this.plans.delete(plan);
	}

	/**
	 * The chosen member must exist (none chosen is Bean Validation's error) and not have
	 * a plan of that number.
	 */
	@Override
	public List<Problem> check(ActionPlanForm form, ActionPlan current) {
		if (form.getMemberId() == null) {
			return List.of();
		}
		Optional<Member> member = member(form);
		if (member.isEmpty()) {
			return List.of(Problem.of("memberId", "member.unknown"));
		}
		if (form.getNumber() != null && this.plans.findByMemberAndNumber(member.get(), form.getNumber())
			.filter(other -> current == null || !other.getId().equals(current.getId()))
			.isPresent()) {
			return List.of(Problem.of("number", "plan.number.taken"));
		}
		return List.of();
	}

	@Override
	public ActionPlan newRecord(ActionPlanForm form) {
		ActionPlan plan = new ActionPlan(member(form).orElseThrow(), form.getNumber(), form.getStartYear(),
				form.getEndYear());
		plan.apply(form.details());
		return plan;
	}

	@Override
	public void apply(ActionPlanForm form, ActionPlan plan) {
		plan.setMember(member(form).orElseThrow());
		plan.apply(form.details());
	}

	@Override
	public Optional<String> deleteRefusal(ActionPlan plan) {
		long dependents = this.dependents.stream().mapToLong((other) -> other.countFor(plan)).sum();
		return (dependents > 0) ? Optional.of("plan.delete.inUse") : Optional.empty();
	}

	private Optional<Member> member(ActionPlanForm form) {
		return this.members.findById(form.getMemberId());
	}

}

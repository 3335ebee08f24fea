package org.opengovpartnership.portal.member;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opengovpartnership.portal.system.AdminEditor;
import org.opengovpartnership.portal.system.Problem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Members as the {@link AdminEditor} edits them: checks what Bean Validation cannot (a
 * unique slug, a "member since" year up to next year); a member is deleted with its
 * contacts, which its audit event lists, and not while action plans, resources, posts or
 * Global Report rows remain.
 */
@Component
class MemberEditing implements AdminEditor.Kind<Long, Member, MemberForm> {

	/** OGP was founded in 2011; no one is a member from before. */
	static final int FIRST_MEMBER_YEAR = 2011;

	private final MemberRepository members;

	private final Clock clock;

	private final ObjectProvider<MemberDependents> dependents;

	MemberEditing(MemberRepository members, Clock clock, ObjectProvider<MemberDependents> dependents) {
		this.members = members;
		this.clock = clock;
		this.dependents = dependents;
	}

	/**
	 * The latest year a member can have joined: next year, for members announced ahead.
	 */
	int lastMemberYear() {
		return Year.now(this.clock).getValue() + 1;
	}

	@Override
	public String subject() {
		return "Member";
	}

	@Override
	public Optional<Member> find(Long id) {
		return this.members.findById(id);
	}

	@Override
	public MemberForm formOf(Member member) {
		MemberForm form = new MemberForm();
		form.fill(member.details());
		form.setVersion(member.getVersion());
		return form;
	}

	@Override
	public String keyOf(Member member) {
		return String.valueOf(member.getId());
	}

	@Override
	public String memberOf(Member member) {
		return member.getSlug();
	}

	@Override
	public Map<String, Object> deletedSnapshotOf(Member member) {
		Map<String, Object> values = member.snapshot();
		values.put("contacts", member.getContacts().stream().map(Contact::snapshot).toList());
		return values;
	}

	@Override
	public Member save(Member member) {
		return this.members.save(member);
	}

	@Override
	public void delete(Member member) {
		this.members.delete(member);
	}

	@Override
	public List<Problem> check(MemberForm form, Member current) {
		List<Problem> problems = new ArrayList<>();
		if (form.getSlug() != null) {
			this.members.findBySlug(form.getSlug())
				.filter(other -> current == null || !other.getId().equals(current.getId()))
				.ifPresent(other -> problems.add(Problem.of("slug", "member.slug.taken")));
		}
		Integer since = form.getMemberSince();
		if (since != null && (since < FIRST_MEMBER_YEAR || since > lastMemberYear())) {
			problems.add(new Problem("memberSince", "member.memberSince.range",
					new Object[] { String.valueOf(FIRST_MEMBER_YEAR), String.valueOf(lastMemberYear()) },
					"Enter a year from " + FIRST_MEMBER_YEAR + " to " + lastMemberYear()));
		}
		return problems;
	}

	@Override
	public Member newRecord(MemberForm form) {
		Member member = new Member(form.getSlug(), form.getName());
		member.apply(form.details());
		return member;
	}

	@Override
	public void apply(MemberForm form, Member member) {
		member.apply(form.details());
	}

	@Override
	public Optional<String> deleteRefusal(Member member) {
		long dependents = this.members.countDependents(member)
				+ this.dependents.stream().mapToLong((other) -> other.countFor(member)).sum();
		return (dependents > 0) ? Optional.of("member.delete.inUse") : Optional.empty();
	}

}

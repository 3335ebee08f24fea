package org.opengovpartnership.portal.member;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.opengovpartnership.portal.system.AdminEditor;
import org.opengovpartnership.portal.system.Problem;
import org.springframework.ui.Model;

/**
 * One kind of record that belongs to a member (contacts, posts, resources, Global Report
 * rows), as the admin forms ({@link MemberRecordAdminController}) and the
 * {@link AdminEditor} need it. A new record, or one moved to another member, goes last
 * among that member's; otherwise positions are kept.
 *
 * @param <E> the kind's entity
 * @param <D> its details
 * @param <F> its form
 */
public final class MemberRecordKind<E extends MemberRecord<D>, D extends Record, F extends MemberRecordForm<D>>
		implements AdminEditor.Kind<Long, E, F> {

	private final String plural;

	private final String messages;

	private final String subject;

	private final MemberRecordRepository<E> records;

	private final MemberRepository members;

	private final Class<F> formType;

	private final Supplier<F> newForm;

	private final BiFunction<Member, D, E> newRecord;

	private final Consumer<Model> choices;

	/**
	 * @param plural the name in the addresses ({@code /admin/contacts}), the templates'
	 * folder ({@code admin/contacts/}) and the list's model attribute ({@code contacts})
	 * @param messages the prefix of the flash messages ({@code contact.created},
	 * {@code .updated}, {@code .deleted})
	 * @param subject what the audit trail calls a record of this kind ({@code Contact})
	 * @param newRecord a new record of the member with what its constructor asks of the
	 * details
	 * @param choices adds what the kind's form offers to choose from besides the members
	 */
	public MemberRecordKind(String plural, String messages, String subject, MemberRecordRepository<E> records,
			MemberRepository members, Class<F> formType, Supplier<F> newForm, BiFunction<Member, D, E> newRecord,
			Consumer<Model> choices) {
		this.plural = plural;
		this.messages = messages;
		this.subject = subject;
		this.records = records;
		this.members = members;
		this.formType = formType;
		this.newForm = newForm;
		this.newRecord = newRecord;
		this.choices = choices;
	}

	String plural() {
		return this.plural;
	}

	String messages() {
		return this.messages;
	}

	F newForm() {
		return this.newForm.get();
	}

	/** The form bound for this kind; a form of another kind is a programming error. */
	F form(Object bound) {
		return this.formType.cast(bound);
	}

	void addChoices(Model model) {
		this.choices.accept(model);
	}

	/**
	 * The records of a member, or of every member when {@code memberId} is null, each
	 * with its member.
	 */
	List<E> records(Long memberId) {
		return (memberId != null) ? this.records.findByMemberIdWithMember(memberId) : this.records.findAllWithMember();
	}

	@Override
	public String subject() {
		return this.subject;
	}

	@Override
	public Optional<E> find(Long id) {
		return this.records.findForEditById(id);
	}

	@Override
	public F formOf(E record) {
		F form = this.newForm.get();
		form.fill(record.details());
		form.setMemberId(record.getMember().getId());
		form.setVersion(record.getVersion());
		return form;
	}

	@Override
	public String keyOf(E record) {
		return String.valueOf(record.getId());
	}

	@Override
	public String memberOf(E record) {
		return record.getMember().getSlug();
	}

	@Override
	public E save(E record) {
		return this.records.save(record);
	}

	@Override
	public void delete(E record) {
		this.records.delete(record);
	}

	/** The chosen member must exist; none chosen is Bean Validation's error. */
	@Override
	public List<Problem> check(F form, E current) {
		return (form.getMemberId() != null && member(form).isEmpty())
				? List.of(Problem.of("memberId", "member.unknown")) : List.of();
	}

	@Override
	public E newRecord(F form) {
		Member member = member(form).orElseThrow();
		D details = form.details();
		E record = this.newRecord.apply(member, details);
		record.setPosition(this.records.maxPosition(member) + 1);
		record.apply(details);
		return record;
	}

	@Override
	public void apply(F form, E record) {
		Member member = member(form).orElseThrow();
		if (!member.getId().equals(record.getMember().getId())) {
			record.setMember(member);
			record.setPosition(this.records.maxPosition(member) + 1);
		}
		record.apply(form.details());
	}

	private Optional<Member> member(F form) {
		return this.members.findById(form.getMemberId());
	}

}

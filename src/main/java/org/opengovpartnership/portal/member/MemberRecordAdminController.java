package org.opengovpartnership.portal.member;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.opengovpartnership.portal.system.AdminForms;
import org.opengovpartnership.portal.system.AdminEditorSupport;
import org.opengovpartnership.portal.system.AdminPages;
import org.opengovpartnership.portal.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin forms of every kind of record that belongs to a member
 * ({@link MemberRecordKind}: contacts, posts, resources, Global Report rows): list,
 * create, edit and delete, with the same addresses, messages and handling of concurrent
 * edits for every kind. The public counterparts are the member page's sections.
 */
@Controller
@RequestMapping("/admin/{kind:contacts|posts|resources|dimensions}")
public class MemberRecordAdminController {

	private final Map<String, Editing<?, ?, ?>> kinds;

	private final MemberRepository members;

	MemberRecordAdminController(List<MemberRecordKind<?, ?, ?>> kinds, AdminEditorSupport support,
			MemberRepository members) {
		this.kinds = kinds.stream()
			.map(kind -> Editing.of(kind, support))
			.collect(Collectors.toMap(editing -> editing.kind.plural(), Function.identity()));
		this.members = members;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		AdminForms.bindFormFields(binder);
	}

	@ModelAttribute
	void choices(@PathVariable String kind, Model model) {
		model.addAttribute("members", this.members.findAllByName());
		editing(kind).kind.addChoices(model);
	}

	/** The kind's empty form, which a posted one binds into. */
	@ModelAttribute("form")
	MemberRecordForm<?> form(@PathVariable String kind) {
		return editing(kind).kind.newForm();
	}

	@GetMapping
	String list(@PathVariable String kind, @RequestParam(required = false) Long memberId, Model model) {
		model.addAttribute(kind, editing(kind).kind.records(memberId));
		model.addAttribute("memberId", memberId);
		return "admin/" + kind + "/list";
	}

	@GetMapping("/new")
	String newForm(@PathVariable String kind, @RequestParam(required = false) Long memberId,
			@ModelAttribute("form") MemberRecordForm<?> form) {
		form.setMemberId(memberId);
		return editing(kind).forms.pages().formView();
	}

	@PostMapping
	String create(@PathVariable String kind, @Valid @ModelAttribute("form") MemberRecordForm<?> form,
			BindingResult result, RedirectAttributes redirect) {
		return editing(kind).create(form, result, redirect);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable String kind, @PathVariable long id, Model model) {
		return editing(kind).forms.editForm(id, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable String kind, @PathVariable long id,
			@Valid @ModelAttribute("form") MemberRecordForm<?> form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return editing(kind).update(id, form, result, model, redirect);
	}

	@GetMapping("/{id}/delete")
	String deleteForm(@PathVariable String kind, @PathVariable long id, Model model) {
		return editing(kind).forms.deleteForm(id, model);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable String kind, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		Editing<?, ?, ?> editing = editing(kind);
		return editing.forms.delete(id, version, redirect,
				record -> editing.forms.pages().path() + "?memberId=" + record.getMember().getId());
	}

	private Editing<?, ?, ?> editing(String kind) {
		Editing<?, ?, ?> editing = this.kinds.get(kind);
		if (editing == null) {
			throw new NotFoundException();
		}
		return editing;
	}

	/** A kind with its forms' handlers, typed together. */
	private record Editing<E extends MemberRecord<D>, D extends Record, F extends MemberRecordForm<D>>(
			MemberRecordKind<E, D, F> kind, AdminForms<E, F> forms) {

		static <E extends MemberRecord<D>, D extends Record, F extends MemberRecordForm<D>> Editing<E, D, F> of(
				MemberRecordKind<E, D, F> kind, AdminEditorSupport support) {
			return new Editing<>(kind, new AdminForms<>(kind, support, AdminPages.of(kind.plural(), kind.messages())));
		}

		String create(Object bound, BindingResult result, RedirectAttributes redirect) {
			return this.forms.create(this.kind.form(bound), result, redirect, MemberRecord::getId);
		}

		String update(long id, Object bound, BindingResult result, Model model, RedirectAttributes redirect) {
			return this.forms.update(id, this.kind.form(bound), result, model, redirect);
		}

	}

}

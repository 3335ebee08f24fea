package org.opengovpartnership.portal.member;

import org.opengovpartnership.portal.system.AdminFormController;
import org.opengovpartnership.portal.system.AdminForms;
import org.opengovpartnership.portal.system.AdminEditorSupport;
import org.opengovpartnership.portal.system.AdminPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Admin forms for members: list, create, edit and delete; the public counterpart is the
 * member page ({@code /members/{slug}}).
 */
@Controller
@RequestMapping("/admin/members")
class MemberAdminController extends AdminFormController<Member, MemberForm> {

	static final String FORM = "admin/members/form";

	private final MemberEditing kind;

	private final MemberRepository members;

	MemberAdminController(MemberEditing kind, AdminEditorSupport support, MemberRepository members) {
		super(new AdminForms<>(kind, support, AdminPages.of("members", "member")), Member::getId);
		this.kind = kind;
		this.members = members;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		AdminForms.bindFormFields(binder);
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("levels", GovernmentLevel.values());
		model.addAttribute("firstYear", MemberEditing.FIRST_MEMBER_YEAR);
		model.addAttribute("lastYear", this.kind.lastMemberYear());
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("members", this.members.findAllByName());
		return "admin/members/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", new MemberForm());
		return FORM;
	}

	@Override
	protected String listAfterDeleting(Member deleted) {
		return "/admin/members";
	}

}

package org.opengovpartnership.portal.member;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.audit.AuditAction;
import org.opengovpartnership.portal.audit.AuditTrail;
import org.opengovpartnership.portal.system.AdminEditorSupport;
import org.opengovpartnership.portal.user.SecurityConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.opengovpartnership.portal.system.FormPosts.editor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(ActionPlanAdminController.class)
@Import({ ActionPlanEditing.class, AdminEditorSupport.class, SecurityConfig.class })
class ActionPlanAdminControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ActionPlanRepository plans;

	@MockitoBean
	private MemberRepository members;

	@MockitoBean
	private AuditTrail audit;

	@MockitoBean
	private MemberDependents dependents;

	private Member mexico;

	private ActionPlan plan4;

	@BeforeEach
	void setUp() {
		this.mexico = mexico();
		this.plan4 = plan4(this.mexico);
		given(this.members.findAllByName()).willReturn(List.of(this.mexico));
		given(this.members.findById(1L)).willReturn(Optional.of(this.mexico));
		given(this.plans.findForEditById(4L)).willReturn(Optional.of(this.plan4));
		given(this.plans.findByMemberAndNumber(any(), anyInt())).willReturn(Optional.empty());
		given(this.plans.findByMemberAndNumber(this.mexico, 4)).willReturn(Optional.of(this.plan4));
		given(this.plans.save(any())).willAnswer(invocation -> {
			ActionPlan saved = invocation.getArgument(0);
			if (saved.getId() == null) {
				ReflectionTestUtils.setField(saved, "id", 5L);
			}
			return saved;
		});
	}

	@Test
	void listsPlansOfOneMember() throws Exception {
		given(this.plans.findByMemberIdWithMember(1L)).willReturn(List.of(this.plan4));
		this.mvc.perform(get("/admin/plans").param("memberId", "1").with(editor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/admin/plans/4/edit")))
			.andExpect(content().string(containsString("Pending IRM review")));
	}

	@Test
	void newFormReachedFromTheMemberHasTheMemberChosen() throws Exception {
		this.mvc.perform(get("/admin/plans/new").param("memberId", "1").with(editor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"1\" selected=\"selected\">Mexico</option>")))
			.andExpect(content().string(containsString("<label for=\"developmentLevel\">")))
			.andExpect(content().string(containsString(">Collaborate</option>")));
	}

	@Test
	void editFormShowsTheStoredChoicesOnce() throws Exception {
		ReflectionTestUtils.setField(this.plan4, "developmentLevel", ParticipationLevel.COLLABORATE);
		ReflectionTestUtils.setField(this.plan4, "developmentOpen", true);
		ReflectionTestUtils.setField(this.plan4, "regularForum", false);
		this.mvc.perform(get("/admin/plans/4/edit").with(editor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"COLLABORATE\" selected=\"selected\">")))
			.andExpect(content().string(matchesPattern(
					"(?s).*<select id=\"developmentOpen\"[^>]*>\\s*<option value=\"\">[^<]*</option>\\s*<option value=\"true\" selected=\"selected\">.*")))
			.andExpect(content().string(matchesPattern(
					"(?s).*<select id=\"regularForum\"[^>]*>.*?<option value=\"false\" selected=\"selected\">.*")))
			.andExpect(content().string(matchesPattern(
					"(?s)(?:(?!id=\"developmentLevel\").)*id=\"developmentLevel\"(?:(?!id=\"developmentLevel\").)*")));
	}

	@Test
	void createsPlanAndRedirectsWithMessage() throws Exception {
		this.mvc.perform(form("/admin/plans").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/plans/5/edit"))
			.andExpect(flash().attribute("message", "plan.created"));
		verify(this.plans).save(argThat(p -> p.getNumber() == 5 && p.getStartYear() == 2022 && p.getEndYear() == 2024
				&& p.getMember() == this.mexico && p.getIrmStatus() == IrmStatus.REVIEWED
				&& Integer.valueOf(3).equals(p.getMajorCount())
				&& p.getDevelopmentLevel() == ParticipationLevel.COLLABORATE
				&& Boolean.TRUE.equals(p.getDevelopmentOpen()) && p.getImplementationOpen() == null
				&& p.getStarFocus() == StarFocus.DESIGN && Boolean.TRUE.equals(p.getDesignFocusVerifiability())
				&& Boolean.FALSE.equals(p.getDesignFocusAmbition())));
		verify(this.audit).record(eq(AuditAction.CREATE), eq("ActionPlan"), eq("5"), eq("mexico"), isNull(), anyMap());
	}

	@Test
	void rejectsMissingMember() throws Exception {
		assertRejected(form("/admin/plans", "memberId", ""), "memberId");
	}

	@Test
	void rejectsUnknownMember() throws Exception {
		assertRejected(form("/admin/plans", "memberId", "42"), "memberId");
	}

	@Test
	void rejectsNumberZero() throws Exception {
		assertRejected(form("/admin/plans", "number", "0"), "number");
	}

	@Test
	void rejectsNumberTakenWithinTheMember() throws Exception {
		assertRejected(form("/admin/plans", "number", "4"), "number")
			.andExpect(content().string(containsString("This member already has an action plan with this number.")));
	}

	@Test
	void rejectsStartYearBefore2000() throws Exception {
		assertRejected(form("/admin/plans", "startYear", "1999"), "startYear");
	}

	@Test
	void rejectsEndYearAfter2100() throws Exception {
		assertRejected(form("/admin/plans", "endYear", "2101"), "endYear");
	}

	@Test
	void rejectsEndBeforeStart() throws Exception {
		assertRejected(form("/admin/plans", "startYear", "2024", "endYear", "2022"), "yearsInOrder")
			.andExpect(content().string(containsString("The end year must not be before the start year.")));
	}

	@Test
	void rejectsMissingIrmStatus() throws Exception {
		assertRejected(form("/admin/plans", "irmStatus", ""), "irmStatus");
	}

	@Test
	void rejectsNegativeCounts() throws Exception {
		assertRejected(form("/admin/plans", "majorCount", "-1"), "majorCount");
		assertRejected(form("/admin/plans", "outstandingCount", "-2"), "outstandingCount");
		assertRejected(form("/admin/plans", "starredCount", "-3"), "starredCount");
	}

	@Test
	void rejectsUnknownParticipationLevel() throws Exception {
		assertRejected(form("/admin/plans", "developmentLevel", "SHOUT"), "developmentLevel");
	}

	@Test
	void rejectsOverlongSummary() throws Exception {
		assertRejected(form("/admin/plans", "summary", "x".repeat(4001)), "summary");
	}

	@Test
	void updatesPlanAndRecordsBeforeAndAfter() throws Exception {
		this.mvc.perform(form("/admin/plans/4", "number", "4", "version", "2").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/plans/4/edit"))
			.andExpect(flash().attribute("message", "plan.updated"));
		verify(this.plans).save(this.plan4);
		verify(this.audit).record(eq(AuditAction.UPDATE), eq("ActionPlan"), eq("4"), eq("mexico"),
				argThat(before -> "PENDING".equals(before.get("irmStatus"))),
				argThat(after -> "REVIEWED".equals(after.get("irmStatus"))));
	}

	@Test
	void staleVersionReshowsFormWithTheOtherPersonsValues() throws Exception {
		this.mvc
			.perform(form("/admin/plans/4", "number", "4", "policyAreaFocus", "Mine", "version", "1").with(editor())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(ActionPlanAdminController.FORM))
			.andExpect(model().attribute("stale", true))
			.andExpect(content().string(containsString("<td class=\"theirs\">Not specified</td>")))
			.andExpect(content().string(containsString("value=\"Mine\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"2\"")));
		verify(this.plans, never()).save(any());
		verifyNoInteractions(this.audit);
	}

	@Test
	void optimisticLockFailureAtCommitReshowsForm() throws Exception {
		given(this.plans.findForEditById(4L)).willReturn(Optional.of(this.plan4), Optional.of(plan4(this.mexico)));
		willThrow(new ObjectOptimisticLockingFailureException(ActionPlan.class, 4L)).given(this.plans).save(any());
		this.mvc.perform(form("/admin/plans/4", "number", "4", "version", "2").with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attribute("stale", true))
			.andExpect(content().string(containsString("<td class=\"theirs\">Not specified</td>")));
	}

	@Test
	void unknownPlanIsNotFound() throws Exception {
		this.mvc.perform(get("/admin/plans/99/edit").with(editor())).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/plans/99/delete").with(editor())).andExpect(status().isNotFound());
		this.mvc.perform(form("/admin/plans/99").with(editor()).with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/plans/99/delete").param("version", "0").with(editor()).with(csrf()))
			.andExpect(status().isNotFound());
		verify(this.plans, never()).save(any());
		verify(this.plans, never()).delete(any());
	}

	@Test
	void anonymousVisitorIsSentToSignIn() throws Exception {
		this.mvc.perform(get("/admin/plans").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(form("/admin/plans").with(csrf())).andExpect(redirectedUrl("/login"));
		verify(this.plans, never()).save(any());
	}

	@Test
	void postWithoutCsrfTokenIsForbiddenAndSavesNothing() throws Exception {
		this.mvc.perform(form("/admin/plans").with(editor())).andExpect(status().isForbidden());
		this.mvc.perform(form("/admin/plans/4", "number", "4", "version", "2").with(editor()))
			.andExpect(status().isForbidden());
		verify(this.plans, never()).save(any());
	}

	@Test
	void deletesPlanWithoutCommitmentsAfterConfirmation() throws Exception {
		this.mvc.perform(get("/admin/plans/4/delete").with(editor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"version\" value=\"2\"")));
		this.mvc.perform(post("/admin/plans/4/delete").param("version", "2").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/plans?memberId=1"))
			.andExpect(flash().attribute("message", "plan.deleted"));
		verify(this.plans).delete(this.plan4);
		verify(this.audit).record(eq(AuditAction.DELETE), eq("ActionPlan"), eq("4"), eq("mexico"), anyMap(), isNull());
	}

	@Test
	void refusesToDeletePlanWithCommitments() throws Exception {
		given(this.dependents.countFor(this.plan4)).willReturn(13L);
		this.mvc.perform(post("/admin/plans/4/delete").param("version", "2").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/plans/4/delete"))
			.andExpect(flash().attribute("error", "plan.delete.inUse"));
		verify(this.plans, never()).delete(any());
	}

	@Test
	void staleDeleteDeletesNothing() throws Exception {
		this.mvc.perform(post("/admin/plans/4/delete").param("version", "1").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/plans/4/delete"))
			.andExpect(flash().attribute("error", "edit.stale"));
		verify(this.plans, never()).delete(any());
	}

	private ResultActions assertRejected(MockHttpServletRequestBuilder request, String field) throws Exception {
		ResultActions result = this.mvc.perform(request.with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(ActionPlanAdminController.FORM))
			.andExpect(model().attributeHasFieldErrors("form", field))
			.andExpect(model().errorCount(1));
		verify(this.plans, never()).save(any());
		verifyNoInteractions(this.audit);
		return result;
	}

	private static MockHttpServletRequestBuilder form(String url, String... replacements) {
		Map<String, String> valid = new LinkedHashMap<>();
		valid.put("memberId", "1");
		valid.put("number", "5");
		valid.put("startYear", "2022");
		valid.put("endYear", "2024");
		valid.put("policyAreaFocus", "Anti-Corruption");
		valid.put("summary", "The fifth plan.");
		valid.put("irmStatus", "REVIEWED");
		valid.put("majorCount", "3");
		valid.put("outstandingCount", "1");
		valid.put("starredCount", "0");
		valid.put("developmentLevel", "COLLABORATE");
		valid.put("developmentOpen", "true");
		valid.put("implementationLevel", "");
		valid.put("implementationOpen", "");
		valid.put("regularForum", "false");
		valid.put("starFocus", "DESIGN");
		valid.put("designFocusAmbition", "false");
		valid.put("designFocusRelevance", "");
		valid.put("designFocusVerifiability", "true");
		valid.put("version", "0");
		return org.opengovpartnership.portal.system.FormPosts.form(url, valid, replacements);
	}

	private static Member mexico() {
		Member member = new Member("mexico", "Mexico");
		ReflectionTestUtils.setField(member, "id", 1L);
		return member;
	}

	private static ActionPlan plan4(Member member) {
		ActionPlan plan = new ActionPlan(member, 4, 2019, 2021);
		ReflectionTestUtils.setField(plan, "id", 4L);
		ReflectionTestUtils.setField(plan, "policyAreaFocus", "Not specified");
		ReflectionTestUtils.setField(plan, "irmStatus", IrmStatus.PENDING);
		plan.setVersion(2);
		return plan;
	}

}

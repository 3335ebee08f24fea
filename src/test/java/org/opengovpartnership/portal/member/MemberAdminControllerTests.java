package org.opengovpartnership.portal.member;

import java.time.Year;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest({ MemberAdminController.class, OldMemberAdminAddresses.class })
@Import({ MemberEditing.class, AdminEditorSupport.class, SecurityConfig.class })
class MemberAdminControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private MemberRepository members;

	@MockitoBean
	private AuditTrail audit;

	@MockitoBean
	private MemberDependents dependents;

	private Member mexico;

	@BeforeEach
	void setUp() {
		this.mexico = mexico();
		given(this.members.findById(1L)).willReturn(Optional.of(this.mexico));
		given(this.members.findBySlug(anyString())).willReturn(Optional.empty());
		given(this.members.findBySlug("mexico")).willReturn(Optional.of(this.mexico));
		given(this.members.save(any())).willAnswer(invocation -> {
			Member saved = invocation.getArgument(0);
			if (saved.getId() == null) {
				ReflectionTestUtils.setField(saved, "id", 7L);
			}
			return saved;
		});
	}

	@Test
	void listsMembers() throws Exception {
		given(this.members.findAllByName()).willReturn(List.of(this.mexico));
		this.mvc.perform(get("/admin/members").with(editor()))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/members/list"))
			.andExpect(content().string(containsString("/admin/members/1/edit")));
	}

	@Test
	void sendsTheOldCountriesAddressesOnToMembers() throws Exception {
		this.mvc.perform(get("/admin/countries").with(editor()))
			.andExpect(status().isPermanentRedirect())
			.andExpect(redirectedUrl("/admin/members"));
		this.mvc.perform(get("/admin/countries/1/edit?from=list").with(editor()))
			.andExpect(redirectedUrl("/admin/members/1/edit?from=list"));
		this.mvc.perform(form("/admin/countries").with(editor()).with(csrf()))
			.andExpect(status().isPermanentRedirect())
			.andExpect(redirectedUrl("/admin/members"));
		verify(this.members, never()).save(any());
	}

	@Test
	void showsEmptyFormWithLabels() throws Exception {
		this.mvc.perform(get("/admin/members/new").with(editor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<label for=\"slug\">")))
			.andExpect(content().string(containsString("<label for=\"memberSince\">")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	@Test
	void createsMemberAndRedirectsWithMessage() throws Exception {
		this.mvc.perform(form("/admin/members").with(editor()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/members/7/edit"))
			.andExpect(flash().attribute("message", "member.created"));
		verify(this.members).save(argThat(c -> "chile".equals(c.getSlug()) && "Chile".equals(c.getName())
				&& Integer.valueOf(2011).equals(c.getMemberSince()) && "CHL".equals(c.getIso3())));
		verify(this.audit).record(eq(AuditAction.CREATE), eq("Member"), eq("7"), eq("chile"), isNull(), anyMap());
	}

	@Test
	void rejectsSlugWithCapitalsOrSpaces() throws Exception {
		assertRejected(form("/admin/members", "slug", "North Macedonia"), "slug")
			.andExpect(content().string(containsString("Use lower-case letters, digits and single hyphens")));
	}

	@Test
	void rejectsMissingName() throws Exception {
		assertRejected(form("/admin/members", "name", "  "), "name")
			.andExpect(content().string(containsString("Fill in this field.")));
	}

	@Test
	void explainsErrorsInSpanishToo() throws Exception {
		assertRejected(form("/admin/members", "name", "").header("Accept-Language", "es"), "name")
			.andExpect(content().string(containsString("<label for=\"name\">Nombre</label>")))
			.andExpect(content().string(containsString("Rellene este campo.")));
	}

	@Test
	void rejectsIso3NotThreeCapitals() throws Exception {
		assertRejected(form("/admin/members", "iso3", "chl"), "iso3");
	}

	@Test
	void rejectsMemberSinceBeforeOgpExisted() throws Exception {
		assertRejected(form("/admin/members", "memberSince", "2010"), "memberSince")
			.andExpect(content().string(containsString("Enter a year from 2011 to " + (Year.now().getValue() + 1))));
	}

	@Test
	void rejectsMemberSinceAfterNextYear() throws Exception {
		String tooLate = String.valueOf(Year.now().getValue() + 2);
		assertRejected(form("/admin/members", "memberSince", tooLate), "memberSince");
	}

	@Test
	void acceptsMemberSinceNextYear() throws Exception {
		String nextYear = String.valueOf(Year.now().getValue() + 1);
		this.mvc.perform(form("/admin/members", "memberSince", nextYear).with(editor()).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void rejectsMemberSinceThatIsNoNumber() throws Exception {
		assertRejected(form("/admin/members", "memberSince", "soon"), "memberSince");
	}

	@Test
	void rejectsDashboardLinkThatIsNotHttp() throws Exception {
		assertRejected(form("/admin/members", "dashboardUrl", "javascript:alert(1)"), "dashboardUrl");
	}

	@Test
	void rejectsNegativeBenchmark() throws Exception {
		assertRejected(form("/admin/members", "regionalMostSecond", "-1"), "regionalMostSecond");
	}

	@Test
	void rejectsStarAverageAbove100() throws Exception {
		assertRejected(form("/admin/members", "globalStarAveragePercent", "101"), "globalStarAveragePercent");
	}

	@Test
	void rejectsSlugOfAnotherMember() throws Exception {
		assertRejected(form("/admin/members", "slug", "mexico"), "slug");
	}

	@Test
	void showsEveryErrorAtOnceIncludingThoseCheckedAgainstStoredData() throws Exception {
		this.mvc
			.perform(form("/admin/members", "slug", "mexico", "name", "", "memberSince", "2009").with(editor())
				.with(csrf()))
			.andExpect(view().name(MemberAdminController.FORM))
			.andExpect(model().attributeHasFieldErrors("form", "slug", "name", "memberSince"))
			.andExpect(model().errorCount(3));
		verify(this.members, never()).save(any());
	}

	@Test
	void keepsWhatWasTypedWhenReshowingWithErrors() throws Exception {
		this.mvc.perform(form("/admin/members", "iso3", "chl", "region", "Americas <b>").with(editor()).with(csrf()))
			.andExpect(view().name(MemberAdminController.FORM))
			.andExpect(content().string(containsString("value=\"Americas &lt;b&gt;\"")))
			.andExpect(content().string(containsString("id=\"iso3-error\"")));
	}

	@Test
	void showsEditFormWithStoredValues() throws Exception {
		this.mvc.perform(get("/admin/members/1/edit").with(editor()))
			.andExpect(status().isOk())
			.andExpect(model().attribute("form", hasProperty("version", is(3L))))
			.andExpect(content().string(containsString("value=\"Mexico\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"3\"")));
	}

	@Test
	void updatesMemberAndRecordsBeforeAndAfter() throws Exception {
		this.mvc
			.perform(form("/admin/members/1", "slug", "mexico", "name", "M\u00e9xico", "version", "3").with(editor())
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/members/1/edit"))
			.andExpect(flash().attribute("message", "member.updated"));
		verify(this.members).save(this.mexico);
		verify(this.audit).record(eq(AuditAction.UPDATE), eq("Member"), eq("1"), eq("mexico"),
				argThat(before -> "Mexico".equals(before.get("name"))),
				argThat(after -> "M\u00e9xico".equals(after.get("name"))));
	}

	@Test
	void keepsOwnSlugOnUpdate() throws Exception {
		this.mvc.perform(form("/admin/members/1", "slug", "mexico", "version", "3").with(editor()).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void staleVersionReshowsFormWithTheOtherPersonsValues() throws Exception {
		this.mvc
			.perform(form("/admin/members/1", "slug", "mexico", "name", "Mine", "version", "2").with(editor())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(MemberAdminController.FORM))
			.andExpect(model().attribute("stale", true))
			.andExpect(content().string(containsString("<td class=\"theirs\">Mexico</td>")))
			.andExpect(content().string(containsString("value=\"Mine\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"3\"")));
		verify(this.members, never()).save(any());
		verifyNoInteractions(this.audit);
	}

	@Test
	void optimisticLockFailureAtCommitReshowsForm() throws Exception {
		// The first load is changed by the form; after the failed commit the form is
		// filled from a fresh load.
		given(this.members.findById(1L)).willReturn(Optional.of(this.mexico), Optional.of(mexico()));
		willThrow(new ObjectOptimisticLockingFailureException(Member.class, 1L)).given(this.members).save(any());
		this.mvc.perform(form("/admin/members/1", "slug", "mexico", "version", "3").with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attribute("stale", true))
			.andExpect(content().string(containsString("<td class=\"theirs\">Mexico</td>")));
	}

	@Test
	void unknownMemberIsNotFound() throws Exception {
		this.mvc.perform(get("/admin/members/99/edit").with(editor())).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/members/99/delete").with(editor())).andExpect(status().isNotFound());
		this.mvc.perform(form("/admin/members/99").with(editor()).with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/members/99/delete").param("version", "0").with(editor()).with(csrf()))
			.andExpect(status().isNotFound());
		verify(this.members, never()).save(any());
		verify(this.members, never()).delete(any());
	}

	@Test
	void anonymousVisitorIsSentToSignIn() throws Exception {
		this.mvc.perform(get("/admin/members/new").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(form("/admin/members").with(csrf())).andExpect(redirectedUrl("/login"));
		verify(this.members, never()).save(any());
	}

	@Test
	void postWithoutCsrfTokenIsForbiddenAndSavesNothing() throws Exception {
		this.mvc.perform(form("/admin/members").with(editor())).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/members/1/delete").param("version", "3").with(editor()))
			.andExpect(status().isForbidden());
		verify(this.members, never()).save(any());
		verify(this.members, never()).delete(any());
	}

	@Test
	void deleteAsksForConfirmationFirst() throws Exception {
		this.mvc.perform(get("/admin/members/1/delete").with(editor()))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/members/delete"))
			.andExpect(content().string(containsString("name=\"version\" value=\"3\"")));
		verify(this.members, never()).delete(any());
	}

	@Test
	void deletesMemberWithoutDependents() throws Exception {
		this.mvc.perform(post("/admin/members/1/delete").param("version", "3").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/members"))
			.andExpect(flash().attribute("message", "member.deleted"));
		verify(this.members).delete(this.mexico);
		verify(this.audit).record(eq(AuditAction.DELETE), eq("Member"), eq("1"), eq("mexico"), anyMap(), isNull());
	}

	@Test
	void refusesToDeleteMemberWithActionPlans() throws Exception {
		given(this.members.countDependents(this.mexico)).willReturn(4L);
		this.mvc.perform(post("/admin/members/1/delete").param("version", "3").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/members/1/delete"))
			.andExpect(flash().attribute("error", "member.delete.inUse"));
		verify(this.members, never()).delete(any());
	}

	@Test
	void refusesToDeleteMemberWithRecordsOfAnotherModule() throws Exception {
		given(this.dependents.countFor(this.mexico)).willReturn(42L);
		this.mvc.perform(post("/admin/members/1/delete").param("version", "3").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/members/1/delete"))
			.andExpect(flash().attribute("error", "member.delete.inUse"));
		verify(this.members, never()).delete(any());
	}

	@Test
	void staleDeleteDeletesNothing() throws Exception {
		this.mvc.perform(post("/admin/members/1/delete").param("version", "2").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/members/1/delete"))
			.andExpect(flash().attribute("error", "edit.stale"));
		verify(this.members, never()).delete(any());
	}

	private ResultActions assertRejected(MockHttpServletRequestBuilder request, String field) throws Exception {
		ResultActions result = this.mvc.perform(request.with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(MemberAdminController.FORM))
			.andExpect(model().attributeHasFieldErrors("form", field))
			.andExpect(model().errorCount(1))
			.andExpect(content().string(not(containsString("member.created"))));
		verify(this.members, never()).save(any());
		verifyNoInteractions(this.audit);
		return result;
	}

	/**
	 * A POST of a valid member form, with some fields replaced: name, value, name,
	 * value...
	 */
	private static MockHttpServletRequestBuilder form(String url, String... replacements) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("slug", "chile");
		fields.put("name", "Chile");
		fields.put("iso3", "CHL");
		fields.put("region", "Americas");
		fields.put("memberSince", "2011");
		fields.put("governmentLevel", "NATIONAL");
		fields.put("dashboardUrl", "https://www.ogp.gob.cl/");
		fields.put("globalMostFirst", "4");
		fields.put("globalMostSecond", "7");
		fields.put("regionalMostFirst", "2");
		fields.put("regionalMostSecond", "7");
		fields.put("globalStarAveragePercent", "7");
		fields.put("version", "0");
		for (int i = 0; i < replacements.length; i += 2) {
			fields.put(replacements[i], replacements[i + 1]);
		}
		MockHttpServletRequestBuilder request = post(url).accept(MediaType.TEXT_HTML);
		fields.forEach(request::param);
		return request;
	}

	private static RequestPostProcessor editor() {
		return user("editor").roles("EDITOR");
	}

	private static Member mexico() {
		Member member = new Member("mexico", "Mexico");
		ReflectionTestUtils.setField(member, "id", 1L);
		ReflectionTestUtils.setField(member, "iso3", "MEX");
		ReflectionTestUtils.setField(member, "region", "Americas");
		ReflectionTestUtils.setField(member, "memberSince", 2011);
		member.setVersion(3);
		return member;
	}

}

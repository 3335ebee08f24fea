package org.opengovpartnership.portal.resource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.audit.AuditAction;
import org.opengovpartnership.portal.audit.AuditTrail;
import org.opengovpartnership.portal.country.Country;
import org.opengovpartnership.portal.country.CountryRepository;
import org.opengovpartnership.portal.system.FormPosts;
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
import static org.mockito.ArgumentMatchers.any;
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

@WebMvcTest(MemberResourceAdminController.class)
@Import({ MemberResourceAdminService.class, SecurityConfig.class })
class MemberResourceAdminControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private MemberResourceRepository resources;

	@MockitoBean
	private CountryRepository countries;

	@MockitoBean
	private AuditTrail audit;

	private Country mexico;

	private Country chile;

	private MemberResource resource10;

	@BeforeEach
	void setUp() {
		this.mexico = country(1L, "mexico", "Mexico");
		this.chile = country(2L, "chile", "Chile");
		this.resource10 = resource10(this.mexico);
		given(this.countries.findAllByName()).willReturn(List.of(this.chile, this.mexico));
		given(this.countries.findById(1L)).willReturn(Optional.of(this.mexico));
		given(this.countries.findById(2L)).willReturn(Optional.of(this.chile));
		given(this.resources.findForEditById(10L)).willReturn(Optional.of(this.resource10));
		given(this.resources.maxPosition(this.mexico)).willReturn(2);
		given(this.resources.maxPosition(this.chile)).willReturn(0);
		given(this.resources.save(any())).willAnswer(invocation -> {
			MemberResource saved = invocation.getArgument(0);
			if (saved.getId() == null) {
				ReflectionTestUtils.setField(saved, "id", 11L);
			}
			return saved;
		});
	}

	@Test
	void listsMemberResourcesOfOneMember() throws Exception {
		given(this.resources.findByCountryIdWithCountry(1L)).willReturn(List.of(this.resource10));
		this.mvc.perform(get("/admin/resources").param("countryId", "1").with(editor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/admin/resources/10/edit")))
			.andExpect(content().string(containsString("Mexico Action Plan 2019-2021")));
	}

	@Test
	void newFormReachedFromTheMemberHasTheMemberChosen() throws Exception {
		this.mvc.perform(get("/admin/resources/new").param("countryId", "1").with(editor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"1\" selected=\"selected\">Mexico</option>")))
			.andExpect(content().string(containsString("<label for=\"title\">")));
	}

	@Test
	void createsRecordLastAmongTheMembersOnes() throws Exception {
		this.mvc.perform(form("/admin/resources").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/resources/11/edit"))
			.andExpect(flash().attribute("message", "resource.created"));
		verify(this.resources).save(argThat(r -> "Mexico End-of-Term Report 2016-2018".equals(r.getTitle())
				&& r.getCountry() == this.mexico && r.getPosition() == 3 && "IRM Report".equals(r.getType())
				&& Integer.valueOf(2019).equals(r.getPublishedYear())));
		verify(this.audit).record(eq(AuditAction.CREATE), eq("MemberResource"), eq("11"), eq("mexico"), isNull(), anyMap());
	}

	@Test
	void rejectsMissingMember() throws Exception {
		assertRejected(form("/admin/resources", "countryId", null), "countryId");
	}

	@Test
	void rejectsUnknownMember() throws Exception {
		assertRejected(form("/admin/resources", "countryId", "42"), "countryId");
	}

	@Test
	void rejectsMissingTitle() throws Exception {
		assertRejected(form("/admin/resources", "title", ""), "title");
	}

	@Test
	void rejectsYearBefore1990() throws Exception {
		assertRejected(form("/admin/resources", "publishedYear", "1989"), "publishedYear");
	}

	@Test
	void rejectsYearAfter2100() throws Exception {
		assertRejected(form("/admin/resources", "publishedYear", "2101"), "publishedYear");
	}

	@Test
	void rejectsUnknownType() throws Exception {
		assertRejected(form("/admin/resources", "type", "Poem"), "type");
	}

	@Test
	void rejectsLinkThatIsNotHttp() throws Exception {
		assertRejected(form("/admin/resources", "link", "ftp://example.org/plan.pdf"), "link");
	}

	@Test
	void acceptsResourceWithoutTypeYearOrLink() throws Exception {
		this.mvc.perform(form("/admin/resources", "publishedYear", "", "type", "", "link", "").with(editor())
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/resources/11/edit"));
		verify(this.resources).save(argThat(r -> r.getType() == null && r.getPublishedYear() == null
				&& r.getLink() == null));
	}

	@Test
	void updateKeepsThePosition() throws Exception {
		this.mvc.perform(form("/admin/resources/10", "version", "4").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/resources/10/edit"))
			.andExpect(flash().attribute("message", "resource.updated"));
		verify(this.resources).save(argThat(r -> r == this.resource10 && r.getPosition() == 1
				&& "IRM Report".equals(r.getType())));
		verify(this.audit).record(eq(AuditAction.UPDATE), eq("MemberResource"), eq("10"), eq("mexico"),
				argThat(before -> "Mexico Action Plan 2019-2021".equals(before.get("title"))),
				argThat(after -> "Mexico End-of-Term Report 2016-2018".equals(after.get("title"))));
	}

	@Test
	void movingToAnotherMemberPutsTheRecordLast() throws Exception {
		this.mvc.perform(form("/admin/resources/10", "countryId", "2", "version", "4").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/resources/10/edit"));
		verify(this.resources).save(argThat(c -> c.getCountry() == this.chile && c.getPosition() == 1));
	}

	@Test
	void staleVersionReshowsFormWithTheOtherPersonsValues() throws Exception {
		this.mvc.perform(form("/admin/resources/10", "version", "3").with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/resources/form"))
			.andExpect(model().attribute("stale", true))
			.andExpect(content().string(containsString("<td class=\"theirs\">Mexico Action Plan 2019-2021</td>")))
			.andExpect(content().string(containsString("value=\"Mexico End-of-Term Report 2016-2018\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"4\"")));
		verify(this.resources, never()).save(any());
		verifyNoInteractions(this.audit);
	}

	@Test
	void optimisticLockFailureAtCommitReshowsForm() throws Exception {
		given(this.resources.findForEditById(10L)).willReturn(Optional.of(this.resource10),
				Optional.of(resource10(this.mexico)));
		willThrow(new ObjectOptimisticLockingFailureException(MemberResource.class, 10L)).given(this.resources).save(any());
		this.mvc.perform(form("/admin/resources/10", "version", "4").with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attribute("stale", true))
			.andExpect(content().string(containsString("<td class=\"theirs\">Mexico Action Plan 2019-2021</td>")));
	}

	@Test
	void unknownMemberResourceIsNotFound() throws Exception {
		this.mvc.perform(get("/admin/resources/99/edit").with(editor())).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/resources/99/delete").with(editor())).andExpect(status().isNotFound());
		this.mvc.perform(form("/admin/resources/99").with(editor()).with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/resources/99/delete").param("version", "0").with(editor()).with(csrf()))
			.andExpect(status().isNotFound());
		verify(this.resources, never()).save(any());
		verify(this.resources, never()).delete(any());
	}

	@Test
	void anonymousVisitorIsSentToSignIn() throws Exception {
		this.mvc.perform(get("/admin/resources/10/edit").accept(MediaType.TEXT_HTML))
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(form("/admin/resources").with(csrf())).andExpect(redirectedUrl("/login"));
		verify(this.resources, never()).save(any());
	}

	@Test
	void postWithoutCsrfTokenIsForbiddenAndSavesNothing() throws Exception {
		this.mvc.perform(form("/admin/resources").with(editor())).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/resources/10/delete").param("version", "4").with(editor()))
			.andExpect(status().isForbidden());
		verify(this.resources, never()).save(any());
		verify(this.resources, never()).delete(any());
	}

	@Test
	void deletesAfterConfirmation() throws Exception {
		this.mvc.perform(get("/admin/resources/10/delete").with(editor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mexico Action Plan 2019-2021")))
			.andExpect(content().string(containsString("name=\"version\" value=\"4\"")));
		verify(this.resources, never()).delete(any());
		this.mvc.perform(post("/admin/resources/10/delete").param("version", "4").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/resources?countryId=1"))
			.andExpect(flash().attribute("message", "resource.deleted"));
		verify(this.resources).delete(this.resource10);
		verify(this.audit).record(eq(AuditAction.DELETE), eq("MemberResource"), eq("10"), eq("mexico"), anyMap(), isNull());
	}

	@Test
	void staleDeleteDeletesNothing() throws Exception {
		this.mvc.perform(post("/admin/resources/10/delete").param("version", "3").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/resources/10/delete"))
			.andExpect(flash().attribute("error", "edit.stale"));
		verify(this.resources, never()).delete(any());
	}

	private ResultActions assertRejected(MockHttpServletRequestBuilder request, String field) throws Exception {
		ResultActions result = this.mvc.perform(request.with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/resources/form"))
			.andExpect(model().attributeHasFieldErrors("form", field))
			.andExpect(model().errorCount(1));
		verify(this.resources, never()).save(any());
		verifyNoInteractions(this.audit);
		return result;
	}

	private static MockHttpServletRequestBuilder form(String url, String... replacements) {
		Map<String, String> valid = new LinkedHashMap<>();
		valid.put("countryId", "1");
		valid.put("title", "Mexico End-of-Term Report 2016-2018");
		valid.put("publishedYear", "2019");
		valid.put("type", "IRM Report");
		valid.put("format", "Web page");
		valid.put("link", "https://www.opengovpartnership.org/documents/mexico-end-of-term-report-2016-2018/");
		valid.put("version", "0");
		return FormPosts.form(url, valid, replacements);
	}

	private static Country country(long id, String slug, String name) {
		Country country = new Country(slug, name);
		ReflectionTestUtils.setField(country, "id", id);
		return country;
	}

	private static MemberResource resource10(Country country) {
		MemberResource resource = new MemberResource(country, 1, "Mexico Action Plan 2019-2021");
		ReflectionTestUtils.setField(resource, "id", 10L);
		resource.setCountry(country);
		resource.setType("Action Plan");
		resource.setVersion(4);
		return resource;
	}

}

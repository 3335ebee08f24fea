package org.opengovpartnership.portal.country;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.audit.AuditAction;
import org.opengovpartnership.portal.audit.AuditTrail;
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

@WebMvcTest(GlobalReportDimensionAdminController.class)
@Import({ GlobalReportDimensionAdminService.class, SecurityConfig.class })
class GlobalReportDimensionAdminControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private GlobalReportDimensionRepository dimensions;

	@MockitoBean
	private CountryRepository countries;

	@MockitoBean
	private AuditTrail audit;

	private Country mexico;

	private Country chile;

	private GlobalReportDimension dimension10;

	@BeforeEach
	void setUp() {
		this.mexico = country(1L, "mexico", "Mexico");
		this.chile = country(2L, "chile", "Chile");
		this.dimension10 = dimension10(this.mexico);
		given(this.countries.findAllByName()).willReturn(List.of(this.chile, this.mexico));
		given(this.countries.findById(1L)).willReturn(Optional.of(this.mexico));
		given(this.countries.findById(2L)).willReturn(Optional.of(this.chile));
		given(this.dimensions.findForEditById(10L)).willReturn(Optional.of(this.dimension10));
		given(this.dimensions.maxPosition(this.mexico)).willReturn(2);
		given(this.dimensions.maxPosition(this.chile)).willReturn(0);
		given(this.dimensions.save(any())).willAnswer(invocation -> {
			GlobalReportDimension saved = invocation.getArgument(0);
			if (saved.getId() == null) {
				ReflectionTestUtils.setField(saved, "id", 11L);
			}
			return saved;
		});
	}

	@Test
	void listsGlobalReportDimensionsOfOneMember() throws Exception {
		given(this.dimensions.findByCountryIdWithCountry(1L)).willReturn(List.of(this.dimension10));
		this.mvc.perform(get("/admin/dimensions").param("countryId", "1").with(editor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/admin/dimensions/10/edit")))
			.andExpect(content().string(containsString("Anti-Corruption")));
	}

	@Test
	void newFormReachedFromTheMemberHasTheMemberChosen() throws Exception {
		this.mvc.perform(get("/admin/dimensions/new").param("countryId", "1").with(editor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"1\" selected=\"selected\">Mexico</option>")))
			.andExpect(content().string(containsString("<label for=\"name\">")));
	}

	@Test
	void createsRecordLastAmongTheMembersOnes() throws Exception {
		this.mvc.perform(form("/admin/dimensions").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/dimensions/11/edit"))
			.andExpect(flash().attribute("message", "dimension.created"));
		verify(this.dimensions).save(argThat(d -> "Civic Space".equals(d.getPolicyArea()) && d.getCountry() == this.mexico
				&& d.getPosition() == 3 && d.getIrmFinding() == IrmFinding.IR
				&& d.getActionImplication() == ActionImplication.CONSIDER_ACTION
				&& new BigDecimal("2.5").equals(d.getThirdPartyScore())));
		verify(this.audit).record(eq(AuditAction.CREATE), eq("GlobalReportDimension"), eq("11"), eq("mexico"), isNull(), anyMap());
	}

	@Test
	void rejectsMissingMember() throws Exception {
		assertRejected(form("/admin/dimensions", "countryId", null), "countryId");
	}

	@Test
	void rejectsUnknownMember() throws Exception {
		assertRejected(form("/admin/dimensions", "countryId", "42"), "countryId");
	}

	@Test
	void rejectsUnknownPolicyArea() throws Exception {
		assertRejected(form("/admin/dimensions", "policyArea", "Gardening"), "policyArea");
	}

	@Test
	void rejectsMissingPolicyArea() throws Exception {
		assertRejected(form("/admin/dimensions", "policyArea", ""), "policyArea");
	}

	@Test
	void rejectsScoreAboveFour() throws Exception {
		assertRejected(form("/admin/dimensions", "thirdPartyScore", "4.1"), "thirdPartyScore");
	}

	@Test
	void rejectsNegativeScore() throws Exception {
		assertRejected(form("/admin/dimensions", "thirdPartyScore", "-0.5"), "thirdPartyScore");
	}

	@Test
	void rejectsScoreWithTwoDecimals() throws Exception {
		assertRejected(form("/admin/dimensions", "thirdPartyScore", "2.25"), "thirdPartyScore");
	}

	@Test
	void rejectsScoreThatIsNoNumber() throws Exception {
		assertRejected(form("/admin/dimensions", "thirdPartyScore", "high"), "thirdPartyScore")
			.andExpect(content().string(containsString("Enter a number, such as 2.5.")));
	}

	@Test
	void rejectsUnknownFinding() throws Exception {
		assertRejected(form("/admin/dimensions", "irmFinding", "XX"), "irmFinding");
	}

	@Test
	void rejectsUnknownActionImplication() throws Exception {
		assertRejected(form("/admin/dimensions", "actionImplication", "PANIC"), "actionImplication");
	}

	@Test
	void acceptsMissingFindingsAndScore() throws Exception {
		this.mvc.perform(form("/admin/dimensions", "name", "", "actionImplication", "", "irmFinding", "",
					"thirdPartyScore", "").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/dimensions/11/edit"));
		verify(this.dimensions).save(argThat(d -> d.getName() == null && d.getActionImplication() == null
				&& d.getIrmFinding() == null && d.getThirdPartyScore() == null));
	}

	@Test
	void updateKeepsThePosition() throws Exception {
		this.mvc.perform(form("/admin/dimensions/10", "version", "4").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/dimensions/10/edit"))
			.andExpect(flash().attribute("message", "dimension.updated"));
		verify(this.dimensions).save(argThat(d -> d == this.dimension10 && d.getPosition() == 1
				&& "Civic Space".equals(d.getPolicyArea())));
		verify(this.audit).record(eq(AuditAction.UPDATE), eq("GlobalReportDimension"), eq("10"), eq("mexico"),
				argThat(before -> before.get("name") == null),
				argThat(after -> "Freedom of association".equals(after.get("name"))));
	}

	@Test
	void movingToAnotherMemberPutsTheRecordLast() throws Exception {
		this.mvc.perform(form("/admin/dimensions/10", "countryId", "2", "version", "4").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/dimensions/10/edit"));
		verify(this.dimensions).save(argThat(c -> c.getCountry() == this.chile && c.getPosition() == 1));
	}

	@Test
	void staleVersionReshowsFormWithTheOtherPersonsValues() throws Exception {
		this.mvc.perform(form("/admin/dimensions/10", "version", "3").with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/dimensions/form"))
			.andExpect(model().attribute("stale", true))
			.andExpect(content().string(containsString("<td class=\"theirs\">Anti-Corruption</td>")))
			.andExpect(content().string(containsString("value=\"Freedom of association\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"4\"")));
		verify(this.dimensions, never()).save(any());
		verifyNoInteractions(this.audit);
	}

	@Test
	void optimisticLockFailureAtCommitReshowsForm() throws Exception {
		given(this.dimensions.findForEditById(10L)).willReturn(Optional.of(this.dimension10),
				Optional.of(dimension10(this.mexico)));
		willThrow(new ObjectOptimisticLockingFailureException(GlobalReportDimension.class, 10L)).given(this.dimensions).save(any());
		this.mvc.perform(form("/admin/dimensions/10", "version", "4").with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attribute("stale", true))
			.andExpect(content().string(containsString("<td class=\"theirs\">Anti-Corruption</td>")));
	}

	@Test
	void unknownGlobalReportDimensionIsNotFound() throws Exception {
		this.mvc.perform(get("/admin/dimensions/99/edit").with(editor())).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/dimensions/99/delete").with(editor())).andExpect(status().isNotFound());
		this.mvc.perform(form("/admin/dimensions/99").with(editor()).with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/dimensions/99/delete").param("version", "0").with(editor()).with(csrf()))
			.andExpect(status().isNotFound());
		verify(this.dimensions, never()).save(any());
		verify(this.dimensions, never()).delete(any());
	}

	@Test
	void anonymousVisitorIsSentToSignIn() throws Exception {
		this.mvc.perform(get("/admin/dimensions/10/edit").accept(MediaType.TEXT_HTML))
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(form("/admin/dimensions").with(csrf())).andExpect(redirectedUrl("/login"));
		verify(this.dimensions, never()).save(any());
	}

	@Test
	void postWithoutCsrfTokenIsForbiddenAndSavesNothing() throws Exception {
		this.mvc.perform(form("/admin/dimensions").with(editor())).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/dimensions/10/delete").param("version", "4").with(editor()))
			.andExpect(status().isForbidden());
		verify(this.dimensions, never()).save(any());
		verify(this.dimensions, never()).delete(any());
	}

	@Test
	void deletesAfterConfirmation() throws Exception {
		this.mvc.perform(get("/admin/dimensions/10/delete").with(editor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Anti-Corruption")))
			.andExpect(content().string(containsString("name=\"version\" value=\"4\"")));
		verify(this.dimensions, never()).delete(any());
		this.mvc.perform(post("/admin/dimensions/10/delete").param("version", "4").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/dimensions?countryId=1"))
			.andExpect(flash().attribute("message", "dimension.deleted"));
		verify(this.dimensions).delete(this.dimension10);
		verify(this.audit).record(eq(AuditAction.DELETE), eq("GlobalReportDimension"), eq("10"), eq("mexico"), anyMap(), isNull());
	}

	@Test
	void staleDeleteDeletesNothing() throws Exception {
		this.mvc.perform(post("/admin/dimensions/10/delete").param("version", "3").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/dimensions/10/delete"))
			.andExpect(flash().attribute("error", "edit.stale"));
		verify(this.dimensions, never()).delete(any());
	}

	private ResultActions assertRejected(MockHttpServletRequestBuilder request, String field) throws Exception {
		ResultActions result = this.mvc.perform(request.with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/dimensions/form"))
			.andExpect(model().attributeHasFieldErrors("form", field))
			.andExpect(model().errorCount(1));
		verify(this.dimensions, never()).save(any());
		verifyNoInteractions(this.audit);
		return result;
	}

	private static MockHttpServletRequestBuilder form(String url, String... replacements) {
		Map<String, String> valid = new LinkedHashMap<>();
		valid.put("countryId", "1");
		valid.put("policyArea", "Civic Space");
		valid.put("name", "Freedom of association");
		valid.put("actionImplication", "CONSIDER_ACTION");
		valid.put("irmFinding", "IR");
		valid.put("thirdPartyScore", "2.5");
		valid.put("version", "0");
		return FormPosts.form(url, valid, replacements);
	}

	private static Country country(long id, String slug, String name) {
		Country country = new Country(slug, name);
		ReflectionTestUtils.setField(country, "id", id);
		return country;
	}

	private static GlobalReportDimension dimension10(Country country) {
		GlobalReportDimension dimension = new GlobalReportDimension(country, 1, "Anti-Corruption");
		ReflectionTestUtils.setField(dimension, "id", 10L);
		dimension.setCountry(country);
		dimension.setActionImplication(ActionImplication.IMPLEMENT_FOR_RESULTS);
		dimension.setVersion(4);
		return dimension;
	}

}

package org.opengovpartnership.portal.commitment;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opengovpartnership.portal.member.ActionPlan;
import org.opengovpartnership.portal.member.ActionPlanRepository;
import org.opengovpartnership.portal.member.Member;
import org.opengovpartnership.portal.system.NotFoundException;
import org.opengovpartnership.portal.system.SaveResult;
import org.opengovpartnership.portal.user.SecurityConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
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

@WebMvcTest(CommitmentAdminController.class)
@Import(SecurityConfig.class)
class CommitmentAdminControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CommitmentAdminService service;

	@MockitoBean
	CommitmentSearch search;

	@MockitoBean
	ActionPlanRepository plans;

	@MockitoBean
	PolicyAreaRepository policyAreas;

	@BeforeEach
	void choices() {
		given(this.plans.findAllWithMember()).willReturn(List.of());
		given(this.policyAreas.findAllByName()).willReturn(List.of());
	}

	@Test
	void sendsAnonymousVisitorsToSignIn() throws Exception {
		this.mvc.perform(get("/admin/commitments/MX0075/edit"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void showsTheEditFormWithTheStoredValues() throws Exception {
		given(this.service.formFor("MX0075")).willReturn(form("Citizen Oversight of Social Program Spending"));
		this.mvc.perform(get("/admin/commitments/MX0075/edit").with(editor()))
			.andExpect(status().isOk())
			.andExpect(view().name(CommitmentAdminController.FORM))
			.andExpect(content().string(containsString("value=\"Citizen Oversight of Social Program Spending\"")))
			.andExpect(content().string(containsString("<label for=\"title\">Title</label>")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	@Test
	void answersNotFoundForAnUnknownCode() throws Exception {
		given(this.service.formFor("XX9999")).willThrow(new NotFoundException());
		this.mvc.perform(get("/admin/commitments/XX9999/edit").with(editor())).andExpect(status().isNotFound());
	}

	@Test
	void savesAValidEditAndRedirectsWithAMessage() throws Exception {
		given(this.service.update(eq("MX0075"), any())).willReturn(new SaveResult.Saved<>(commitment("MX0075")));
		this.mvc.perform(submit("/admin/commitments/MX0075", valid()).with(editor()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/commitments/MX0075/edit"))
			.andExpect(flash().attribute("message", "commitment.updated"));
		verify(this.service).update(eq("MX0075"), any());
	}

	@Test
	void rejectsABlankTitleAndKeepsWhatWasTyped() throws Exception {
		MultiValueMap<String, String> params = valid();
		params.set("details.title", "  ");
		params.set("details.leadInstitution", "Ministry of Typing");
		this.mvc.perform(submit("/admin/commitments/MX0075", params).with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "details.title"))
			.andExpect(content().string(containsString("value=\"Ministry of Typing\"")))
			.andExpect(content().string(containsString("id=\"title-error\"")));
		verifyNothingSaved();
	}

	@Test
	void rejectsControlCharactersInTextFieldsNestedOnesToo() throws Exception {
		MultiValueMap<String, String> params = valid();
		params.set("details.title", "Citizen\0 Oversight");
		params.set("milestones[0].details.title", "Publish\013the data");
		params.set("details.leadInstitution", "Ministry\tof\r\nFinance");
		this.mvc.perform(submit("/admin/commitments/MX0075", params).with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "details.title", "text.controlCharacter"))
			.andExpect(
					model().attributeHasFieldErrorCode("form", "milestones[0].details.title", "text.controlCharacter"))
			.andExpect(model().errorCount(2))
			.andExpect(content().string(containsString("Remove the invisible control character U+0000 (character 8)")))
			.andExpect(content().string(containsString("Remove the invisible control character U+000B (character 8)")));
		verifyNothingSaved();
	}

	@Test
	void rejectsAMalformedCode() throws Exception {
		MultiValueMap<String, String> params = valid();
		params.set("details.code", "mx-75");
		this.mvc.perform(submit("/admin/commitments/MX0075", params).with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "details.code"))
			.andExpect(content().string(containsString("capital letters followed by digits")));
		verifyNothingSaved();
	}

	@Test
	void rejectsAnIrmValueOutsideItsScale() throws Exception {
		MultiValueMap<String, String> params = valid();
		params.set("details.irmCompletion", "Mostly done");
		this.mvc.perform(submit("/admin/commitments/MX0075", params).with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "details.irmCompletion"));
		verifyNothingSaved();
	}

	@Test
	void rejectsMilestoneProgressAboveOneHundred() throws Exception {
		MultiValueMap<String, String> params = valid();
		params.set("milestones[0].details.title", "Publish the data");
		params.set("milestones[0].details.progress", "150");
		this.mvc.perform(submit("/admin/commitments/MX0075", params).with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "milestones[0].details.progress"));
		verifyNothingSaved();
	}

	@Test
	void rejectsAnEndDateBeforeTheStartDate() throws Exception {
		MultiValueMap<String, String> params = valid();
		params.set("details.startDate", "2021-06-01");
		params.set("details.endDate", "2020-06-01");
		this.mvc.perform(submit("/admin/commitments/MX0075", params).with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "details.datesInOrder"))
			.andExpect(content().string(containsString("must not be before the start date")));
		verifyNothingSaved();
	}

	@Test
	void showsEveryErrorAtOnceWhenADateDoesNotConvert() throws Exception {
		MultiValueMap<String, String> params = valid();
		params.set("details.startDate", "next spring");
		params.set("details.title", " ");
		this.mvc.perform(submit("/admin/commitments/MX0075", params).with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "details.startDate", "details.title"));
		verifyNothingSaved();
	}

	@Test
	void rejectsAMalformedDate() throws Exception {
		MultiValueMap<String, String> params = valid();
		params.set("details.startDate", "next spring");
		this.mvc.perform(submit("/admin/commitments/MX0075", params).with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "details.startDate"))
			.andExpect(content().string(containsString("Enter a date as YYYY-MM-DD")));
		verifyNothingSaved();
	}

	@Test
	void refusesAPostWithoutCsrfToken() throws Exception {
		this.mvc.perform(submit("/admin/commitments/MX0075", valid()).with(editor())).andExpect(status().isForbidden());
		verifyNothingSaved();
	}

	@ParameterizedTest
	@ValueSource(strings = { "milestones[-1].details.title", "milestones[abc].details.title",
			"milestones[99999].details.title" })
	void answersAFieldNoFormHasWithBadRequestAndSavesNothing(String field) throws Exception {
		MultiValueMap<String, String> params = valid();
		params.add(field, "A milestone");
		this.mvc.perform(submit("/admin/commitments/MX0075", params).with(editor()).with(csrf()))
			.andExpect(status().isBadRequest());
		verifyNothingSaved();
	}

	@Test
	void refusesAnAnonymousPost() throws Exception {
		this.mvc.perform(submit("/admin/commitments/MX0075", valid()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		verifyNothingSaved();
	}

	@Test
	void tellsTheSecondEditorThatSomeoneElseSavedFirst() throws Exception {
		CommitmentForm theirs = form("Their newer title");
		theirs.setVersion(4);
		given(this.service.update(eq("MX0075"), any())).willReturn(new SaveResult.Stale<>(theirs, 4));
		MultiValueMap<String, String> params = valid();
		params.set("details.title", "My older title");
		this.mvc.perform(submit("/admin/commitments/MX0075", params).with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attribute("stale", true))
			.andExpect(content().string(containsString("Someone else saved this record while you were editing")))
			.andExpect(content().string(containsString("Their newer title")))
			.andExpect(content().string(containsString("value=\"My older title\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"4\"")));
	}

	@Test
	void createsACommitmentAndGoesToItsForm() throws Exception {
		given(this.service.create(any())).willReturn(new SaveResult.Saved<>(commitment("MX0088")));
		MultiValueMap<String, String> params = valid();
		params.set("details.code", "MX0088");
		this.mvc.perform(submit("/admin/commitments", params).with(editor()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/commitments/MX0088/edit"))
			.andExpect(flash().attribute("message", "commitment.created"));
	}

	@Test
	void requiresAnActionPlanForANewCommitment() throws Exception {
		MultiValueMap<String, String> params = valid();
		params.remove("actionPlanId");
		this.mvc.perform(submit("/admin/commitments", params).with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "actionPlanId"));
		verify(this.service, never()).create(any());
	}

	@Test
	void asksForConfirmationBeforeDeleting() throws Exception {
		given(this.service.formFor("MX0075")).willReturn(form("Citizen Oversight of Social Program Spending"));
		this.mvc.perform(get("/admin/commitments/MX0075/delete").with(editor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Delete commitment MX0075?")));
		verify(this.service, never()).delete(any(), anyLong());
	}

	@Test
	void deletesAfterConfirmationAndReturnsToTheMember() throws Exception {
		given(this.service.delete("MX0075", 2)).willReturn(new SaveResult.Saved<>(commitment("MX0075")));
		this.mvc.perform(post("/admin/commitments/MX0075/delete").param("version", "2").with(editor()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/members/mexico"))
			.andExpect(flash().attribute("message", "commitment.deleted"));
	}

	@Test
	void listsCommitmentsMatchingTheSearch() throws Exception {
		Member mexico = new Member("mexico", "Mexico");
		Commitment pemex = new Commitment(new ActionPlan(mexico, 1, 2011, 2013), "MX0014",
				"Publish PEMEX Donation Data");
		given(this.search.containing("pemex", 0, 50)).willReturn(new PageImpl<>(List.of(pemex)));
		this.mvc.perform(get("/admin/commitments").param("q", "pemex").with(editor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Publish PEMEX Donation Data")))
			.andExpect(content().string(not(containsString("MX0075"))));
	}

	@Test
	void listsEveryCommitmentWithoutASearch() throws Exception {
		Member mexico = new Member("mexico", "Mexico");
		Commitment pemex = new Commitment(new ActionPlan(mexico, 1, 2011, 2013), "MX0014",
				"Publish PEMEX Donation Data");
		given(this.search.containing("", 0, 50)).willReturn(new PageImpl<>(List.of(pemex)));
		for (String blank : List.of("", "  ")) {
			this.mvc.perform(get("/admin/commitments").param("q", blank).with(editor()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Publish PEMEX Donation Data")));
		}
		// The dashboard's link: no q at all.
		this.mvc.perform(get("/admin/commitments").with(editor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Publish PEMEX Donation Data")));
	}

	private void verifyNothingSaved() {
		verify(this.service, never()).update(any(), any());
		verify(this.service, never()).create(any());
	}

	private static MockHttpServletRequestBuilder submit(String url, MultiValueMap<String, String> params) {
		return post(url).params(params);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor editor() {
		return user("editor").roles("EDITOR");
	}

	private static MultiValueMap<String, String> valid() {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("details.code", "MX0075");
		params.add("actionPlanId", "4");
		params.add("details.title", "Citizen Oversight of Social Program Spending");
		params.add("details.irmCompletion", "Substantial");
		params.add("milestones[0].details.title", "");
		params.add("version", "0");
		return params;
	}

	/** A stored commitment of Mexico's fourth plan. */
	private static Commitment commitment(String code) {
		return new Commitment(new ActionPlan(new Member("mexico", "Mexico"), 4, 2019, 2021), code, "A title");
	}

	private static CommitmentForm form(String title) {
		CommitmentDetails details = new CommitmentDetails("MX0075", null, title, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null);
		return new CommitmentForm(details, 4L, null, null, null, 0L).withBlankMilestoneRows();
	}

}

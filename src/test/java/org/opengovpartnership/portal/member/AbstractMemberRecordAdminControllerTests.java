package org.opengovpartnership.portal.member;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.audit.AuditAction;
import org.opengovpartnership.portal.audit.AuditTrail;
import org.opengovpartnership.portal.system.FormPosts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
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

/**
 * What every admin form of a member record must do, run against each kind's controller,
 * service and templates (a web slice per kind, with the repositories mocked): list, the
 * new form, the member checks, moving, concurrent edits, 404s, sign-in, CSRF and
 * deleting. A subclass adds the tests of its own fields.
 * <p>
 * The fixture: Mexico (id 1) and Chile (id 2); Mexico has a stored record with id 10,
 * position 1 and version 4, and already two records of the kind, so a new one goes third;
 * Chile has none.
 *
 * @param <E> the kind's entity
 */
public abstract class AbstractMemberRecordAdminControllerTests<E extends MemberRecord<?>> {

	@Autowired
	protected MockMvc mvc;

	@MockitoBean
	protected MemberRepository members;

	@MockitoBean
	protected AuditTrail audit;

	protected Member mexico;

	protected Member chile;

	/** The stored record with id 10. */
	protected E record10;

	/** The kind's repository, a mock. */
	protected abstract MemberRecordRepository<E> records();

	/** The plural in the addresses and templates, such as {@code contacts}. */
	protected abstract String kind();

	/** The prefix of the flash messages, such as {@code contact}. */
	protected abstract String messages();

	/** What the audit trail calls the kind, such as {@code Contact}. */
	protected abstract String subject();

	/**
	 * A new copy of the stored record of the member, with id 10, position 1 and version
	 * 4.
	 */
	protected abstract E record10(Member member);

	/** A valid form for Mexico, as a browser posts it. */
	protected abstract Map<String, String> validForm();

	/** How the pages show the stored record's main text (HTML-escaped). */
	protected abstract String storedText();

	/**
	 * How the form shows the main text of {@link #validForm()} when it shows it again.
	 */
	protected abstract String typedText();

	/** The first field the new form labels. */
	protected abstract String labelledField();

	@BeforeEach
	void setUpMembersAndTheStoredRecord() {
		this.mexico = member(1L, "mexico", "Mexico");
		this.chile = member(2L, "chile", "Chile");
		this.record10 = record10(this.mexico);
		given(this.members.findAllByName()).willReturn(List.of(this.chile, this.mexico));
		given(this.members.findById(1L)).willReturn(Optional.of(this.mexico));
		given(this.members.findById(2L)).willReturn(Optional.of(this.chile));
		given(records().findForEditById(10L)).willReturn(Optional.of(this.record10));
		given(records().maxPosition(this.mexico)).willReturn(2);
		given(records().maxPosition(this.chile)).willReturn(0);
		given(records().save(any())).willAnswer(invocation -> {
			E saved = invocation.getArgument(0);
			if (saved.getId() == null) {
				ReflectionTestUtils.setField(saved, "id", 11L);
			}
			return saved;
		});
	}

	@Test
	void listsTheRecordsOfOneMember() throws Exception {
		given(records().findByMemberIdWithMember(1L)).willReturn(List.of(this.record10));
		this.mvc.perform(get(address("")).param("memberId", "1").with(editor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(address("/10/edit"))))
			.andExpect(content().string(containsString(storedText())));
	}

	@Test
	void newFormReachedFromTheMemberHasTheMemberChosen() throws Exception {
		this.mvc.perform(get(address("/new")).param("memberId", "1").with(editor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"1\" selected=\"selected\">Mexico</option>")))
			.andExpect(content().string(containsString("<label for=\"" + labelledField() + "\">")));
	}

	@Test
	void rejectsAControlCharacterInEveryTextField() throws Exception {
		List<String> replacements = new ArrayList<>();
		validForm().forEach((name, value) -> {
			if (!name.equals("version") && value != null && value.length() > 1) {
				replacements.add(name);
				replacements.add(value.charAt(0) + "\007" + value.substring(1));
			}
		});
		MvcResult result = this.mvc
			.perform(form(address(""), replacements.toArray(String[]::new)).with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(formView()))
			.andExpect(content().string(containsString("Remove the invisible control character U+0007 (character 2)")))
			.andReturn();
		BindingResult errors = (BindingResult) result.getModelAndView()
			.getModel()
			.get(BindingResult.MODEL_KEY_PREFIX + "form");
		int texts = 0;
		for (int i = 0; i < replacements.size(); i += 2) {
			String field = replacements.get(i);
			if (errors.getFieldType(field) == String.class) {
				texts++;
				assertThat(errors.getFieldErrors(field)).as(field)
					.extracting(FieldError::getCode)
					.contains("text.controlCharacter");
			}
		}
		assertThat(texts).isGreaterThan(0);
		verify(records(), never()).save(any());
		verifyNoInteractions(this.audit);
	}

	@Test
	void rejectsMissingMember() throws Exception {
		assertRejected(form(address(""), "memberId", null), "memberId");
	}

	@Test
	void rejectsUnknownMember() throws Exception {
		assertRejected(form(address(""), "memberId", "42"), "memberId");
	}

	@Test
	void movingToAnotherMemberPutsTheRecordLast() throws Exception {
		this.mvc.perform(form(address("/10"), "memberId", "2", "version", "4").with(editor()).with(csrf()))
			.andExpect(redirectedUrl(address("/10/edit")));
		verify(records()).save(argThat(record -> record.getMember() == this.chile && record.getPosition() == 1));
	}

	@Test
	void staleVersionReshowsFormWithTheOtherPersonsValues() throws Exception {
		this.mvc.perform(form(address("/10"), "version", "3").with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(formView()))
			.andExpect(model().attribute("stale", true))
			.andExpect(content().string(containsString("<td class=\"theirs\">" + storedText() + "</td>")))
			.andExpect(content().string(containsString("value=\"" + typedText() + "\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"4\"")));
		verify(records(), never()).save(any());
		verifyNoInteractions(this.audit);
	}

	@Test
	void optimisticLockFailureAtCommitReshowsForm() throws Exception {
		given(records().findForEditById(10L)).willReturn(Optional.of(this.record10),
				Optional.of(record10(this.mexico)));
		willThrow(new ObjectOptimisticLockingFailureException(this.record10.getClass(), 10L)).given(records())
			.save(any());
		this.mvc.perform(form(address("/10"), "version", "4").with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attribute("stale", true))
			.andExpect(content().string(containsString("<td class=\"theirs\">" + storedText() + "</td>")));
	}

	@Test
	void unknownRecordIsNotFound() throws Exception {
		this.mvc.perform(get(address("/99/edit")).with(editor())).andExpect(status().isNotFound());
		this.mvc.perform(get(address("/99/delete")).with(editor())).andExpect(status().isNotFound());
		this.mvc.perform(form(address("/99")).with(editor()).with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(post(address("/99/delete")).param("version", "0").with(editor()).with(csrf()))
			.andExpect(status().isNotFound());
		verify(records(), never()).save(any());
		verify(records(), never()).delete(any());
	}

	@Test
	void anonymousVisitorIsSentToSignIn() throws Exception {
		this.mvc.perform(get(address("/10/edit")).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(form(address("")).with(csrf())).andExpect(redirectedUrl("/login"));
		verify(records(), never()).save(any());
	}

	@Test
	void postWithoutCsrfTokenIsForbiddenAndSavesNothing() throws Exception {
		this.mvc.perform(form(address("")).with(editor())).andExpect(status().isForbidden());
		this.mvc.perform(post(address("/10/delete")).param("version", "4").with(editor()))
			.andExpect(status().isForbidden());
		verify(records(), never()).save(any());
		verify(records(), never()).delete(any());
	}

	@Test
	void deletesAfterConfirmation() throws Exception {
		this.mvc.perform(get(address("/10/delete")).with(editor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(storedText())))
			.andExpect(content().string(containsString("name=\"version\" value=\"4\"")));
		verify(records(), never()).delete(any());
		this.mvc.perform(post(address("/10/delete")).param("version", "4").with(editor()).with(csrf()))
			.andExpect(redirectedUrl(address("?memberId=1")))
			.andExpect(flash().attribute("message", messages() + ".deleted"));
		verify(records()).delete(this.record10);
		verify(this.audit).record(eq(AuditAction.DELETE), eq(subject()), eq("10"), eq("mexico"), anyMap(), isNull());
	}

	@Test
	void staleDeleteDeletesNothing() throws Exception {
		this.mvc.perform(post(address("/10/delete")).param("version", "3").with(editor()).with(csrf()))
			.andExpect(redirectedUrl(address("/10/delete")))
			.andExpect(flash().attribute("error", "edit.stale"));
		verify(records(), never()).delete(any());
	}

	/**
	 * Posts the valid form to the kind's address for new records and checks it is saved
	 * as the member's third.
	 */
	protected void assertCreated() throws Exception {
		this.mvc.perform(form(address("")).with(editor()).with(csrf()))
			.andExpect(redirectedUrl(address("/11/edit")))
			.andExpect(flash().attribute("message", messages() + ".created"));
		verify(records()).save(argThat(record -> record.getMember() == this.mexico && record.getPosition() == 3));
		verify(this.audit).record(eq(AuditAction.CREATE), eq(subject()), eq("11"), eq("mexico"), isNull(), anyMap());
	}

	/** Posts the valid form over the stored record and checks it keeps its place. */
	protected void assertUpdatedInPlace() throws Exception {
		this.mvc.perform(form(address("/10"), "version", "4").with(editor()).with(csrf()))
			.andExpect(redirectedUrl(address("/10/edit")))
			.andExpect(flash().attribute("message", messages() + ".updated"));
		verify(records()).save(argThat(record -> record == this.record10 && record.getPosition() == 1));
	}

	/**
	 * Posts the form and checks it comes back with one error, on the field, and that
	 * nothing is saved.
	 */
	protected ResultActions assertRejected(MockHttpServletRequestBuilder request, String field) throws Exception {
		ResultActions result = this.mvc.perform(request.with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(formView()))
			.andExpect(model().attributeHasFieldErrors("form", field))
			.andExpect(model().errorCount(1));
		verify(records(), never()).save(any());
		verifyNoInteractions(this.audit);
		return result;
	}

	/**
	 * A POST of the valid form with some fields replaced (name, value, ...; a null value
	 * leaves it out).
	 */
	protected MockHttpServletRequestBuilder form(String url, String... replacements) {
		return FormPosts.form(url, validForm(), replacements);
	}

	/**
	 * An address of the kind's forms: {@code /admin/contacts} followed by {@code rest}.
	 */
	protected String address(String rest) {
		return "/admin/" + kind() + rest;
	}

	private String formView() {
		return "admin/" + kind() + "/form";
	}

	private static Member member(long id, String slug, String name) {
		Member member = new Member(slug, name);
		ReflectionTestUtils.setField(member, "id", id);
		return member;
	}

}

package org.opengovpartnership.portal.country;

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

@WebMvcTest(ContactAdminController.class)
@Import({ ContactAdminService.class, SecurityConfig.class })
class ContactAdminControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ContactRepository contacts;

	@MockitoBean
	private CountryRepository countries;

	@MockitoBean
	private AuditTrail audit;

	private Country mexico;

	private Country chile;

	private Contact gregorio;

	@BeforeEach
	void setUp() {
		this.mexico = country(1L, "mexico", "Mexico");
		this.chile = country(2L, "chile", "Chile");
		this.gregorio = gregorio(this.mexico);
		given(this.countries.findAllByName()).willReturn(List.of(this.chile, this.mexico));
		given(this.countries.findById(1L)).willReturn(Optional.of(this.mexico));
		given(this.countries.findById(2L)).willReturn(Optional.of(this.chile));
		given(this.contacts.findForEditById(10L)).willReturn(Optional.of(this.gregorio));
		given(this.contacts.maxPosition(this.mexico)).willReturn(2);
		given(this.contacts.maxPosition(this.chile)).willReturn(0);
		given(this.contacts.save(any())).willAnswer(invocation -> {
			Contact saved = invocation.getArgument(0);
			if (saved.getId() == null) {
				ReflectionTestUtils.setField(saved, "id", 11L);
			}
			return saved;
		});
	}

	@Test
	void listsContactsOfOneMember() throws Exception {
		given(this.contacts.findByCountryIdWithCountry(1L)).willReturn(List.of(this.gregorio));
		this.mvc.perform(get("/admin/contacts").param("countryId", "1").with(editor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/admin/contacts/10/edit")))
			.andExpect(content().string(containsString("Gregorio Gonzalez")));
	}

	@Test
	void newFormReachedFromTheMemberHasTheMemberChosen() throws Exception {
		this.mvc.perform(get("/admin/contacts/new").param("countryId", "1").with(editor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"1\" selected=\"selected\">Mexico</option>")))
			.andExpect(content().string(containsString("<label for=\"email\">")));
	}

	@Test
	void createsContactLastAmongTheMembersContacts() throws Exception {
		this.mvc.perform(form("/admin/contacts").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/contacts/11/edit"))
			.andExpect(flash().attribute("message", "contact.created"));
		verify(this.contacts).save(argThat(c -> "Dalida Acosta".equals(c.getName()) && c.getCountry() == this.mexico
				&& c.getPosition() == 3 && "dalida@example.org".equals(c.getEmail())));
		verify(this.audit).record(eq(AuditAction.CREATE), eq("Contact"), eq("11"), eq("mexico"), isNull(), anyMap());
	}

	@Test
	void rejectsMissingMember() throws Exception {
		assertRejected(form("/admin/contacts", "countryId", null), "countryId");
	}

	@Test
	void rejectsUnknownMember() throws Exception {
		assertRejected(form("/admin/contacts", "countryId", "42"), "countryId");
	}

	@Test
	void rejectsMissingName() throws Exception {
		assertRejected(form("/admin/contacts", "name", ""), "name");
	}

	@Test
	void rejectsMalformedEmail() throws Exception {
		assertRejected(form("/admin/contacts", "email", "dalida at example.org"), "email")
			.andExpect(content().string(containsString("Enter a valid e-mail address")));
	}

	@Test
	void rejectsOverlongRole() throws Exception {
		assertRejected(form("/admin/contacts", "role", "r".repeat(501)), "role");
	}

	@Test
	void updateKeepsThePosition() throws Exception {
		this.mvc.perform(form("/admin/contacts/10", "version", "4").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/contacts/10/edit"))
			.andExpect(flash().attribute("message", "contact.updated"));
		verify(this.contacts).save(argThat(c -> c == this.gregorio && c.getPosition() == 1
				&& "Dalida Acosta".equals(c.getName())));
		verify(this.audit).record(eq(AuditAction.UPDATE), eq("Contact"), eq("10"), eq("mexico"),
				argThat(before -> "Gregorio Gonzalez".equals(before.get("name"))),
				argThat(after -> "Dalida Acosta".equals(after.get("name"))));
	}

	@Test
	void movingToAnotherMemberPutsTheContactLast() throws Exception {
		this.mvc.perform(form("/admin/contacts/10", "countryId", "2", "version", "4").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/contacts/10/edit"));
		verify(this.contacts).save(argThat(c -> c.getCountry() == this.chile && c.getPosition() == 1));
	}

	@Test
	void staleVersionReshowsFormWithTheOtherPersonsValues() throws Exception {
		this.mvc.perform(form("/admin/contacts/10", "version", "3").with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/contacts/form"))
			.andExpect(model().attribute("stale", true))
			.andExpect(content().string(containsString("<td class=\"theirs\">Gregorio Gonzalez</td>")))
			.andExpect(content().string(containsString("value=\"Dalida Acosta\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"4\"")));
		verify(this.contacts, never()).save(any());
		verifyNoInteractions(this.audit);
	}

	@Test
	void optimisticLockFailureAtCommitReshowsForm() throws Exception {
		given(this.contacts.findForEditById(10L)).willReturn(Optional.of(this.gregorio),
				Optional.of(gregorio(this.mexico)));
		willThrow(new ObjectOptimisticLockingFailureException(Contact.class, 10L)).given(this.contacts).save(any());
		this.mvc.perform(form("/admin/contacts/10", "version", "4").with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attribute("stale", true))
			.andExpect(content().string(containsString("<td class=\"theirs\">Gregorio Gonzalez</td>")));
	}

	@Test
	void unknownContactIsNotFound() throws Exception {
		this.mvc.perform(get("/admin/contacts/99/edit").with(editor())).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/contacts/99/delete").with(editor())).andExpect(status().isNotFound());
		this.mvc.perform(form("/admin/contacts/99").with(editor()).with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/contacts/99/delete").param("version", "0").with(editor()).with(csrf()))
			.andExpect(status().isNotFound());
		verify(this.contacts, never()).save(any());
		verify(this.contacts, never()).delete(any());
	}

	@Test
	void anonymousVisitorIsSentToSignIn() throws Exception {
		this.mvc.perform(get("/admin/contacts/10/edit").accept(MediaType.TEXT_HTML))
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(form("/admin/contacts").with(csrf())).andExpect(redirectedUrl("/login"));
		verify(this.contacts, never()).save(any());
	}

	@Test
	void postWithoutCsrfTokenIsForbiddenAndSavesNothing() throws Exception {
		this.mvc.perform(form("/admin/contacts").with(editor())).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/contacts/10/delete").param("version", "4").with(editor()))
			.andExpect(status().isForbidden());
		verify(this.contacts, never()).save(any());
		verify(this.contacts, never()).delete(any());
	}

	@Test
	void deletesAfterConfirmation() throws Exception {
		this.mvc.perform(get("/admin/contacts/10/delete").with(editor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gregorio Gonzalez")))
			.andExpect(content().string(containsString("name=\"version\" value=\"4\"")));
		verify(this.contacts, never()).delete(any());
		this.mvc.perform(post("/admin/contacts/10/delete").param("version", "4").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/contacts?countryId=1"))
			.andExpect(flash().attribute("message", "contact.deleted"));
		verify(this.contacts).delete(this.gregorio);
		verify(this.audit).record(eq(AuditAction.DELETE), eq("Contact"), eq("10"), eq("mexico"), anyMap(), isNull());
	}

	@Test
	void staleDeleteDeletesNothing() throws Exception {
		this.mvc.perform(post("/admin/contacts/10/delete").param("version", "3").with(editor()).with(csrf()))
			.andExpect(redirectedUrl("/admin/contacts/10/delete"))
			.andExpect(flash().attribute("error", "edit.stale"));
		verify(this.contacts, never()).delete(any());
	}

	private ResultActions assertRejected(MockHttpServletRequestBuilder request, String field) throws Exception {
		ResultActions result = this.mvc.perform(request.with(editor()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/contacts/form"))
			.andExpect(model().attributeHasFieldErrors("form", field))
			.andExpect(model().errorCount(1));
		verify(this.contacts, never()).save(any());
		verifyNoInteractions(this.audit);
		return result;
	}

	private static MockHttpServletRequestBuilder form(String url, String... replacements) {
		Map<String, String> valid = new LinkedHashMap<>();
		valid.put("countryId", "1");
		valid.put("name", "Dalida Acosta");
		valid.put("role", "Head of Transparency and Anti-Corruption Policies Unit");
		valid.put("email", "dalida@example.org");
		valid.put("version", "0");
		return FormPosts.form(url, valid, replacements);
	}

	private static Country country(long id, String slug, String name) {
		Country country = new Country(slug, name);
		ReflectionTestUtils.setField(country, "id", id);
		return country;
	}

	private static Contact gregorio(Country country) {
		Contact contact = new Contact("Gregorio Gonzalez", "General Director Transparency", "gregorio@example.org");
		ReflectionTestUtils.setField(contact, "id", 10L);
		contact.setCountry(country);
		contact.setPosition(1);
		contact.setVersion(4);
		return contact;
	}

}

package org.opengovpartnership.portal.user;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.opengovpartnership.portal.audit.AuditAction;
import org.opengovpartnership.portal.audit.AuditTrail;
import org.opengovpartnership.portal.system.AdminEditorSupport;
import org.opengovpartnership.portal.system.FormPosts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.opengovpartnership.portal.system.FormPosts.admin;
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

@WebMvcTest(UserAdminController.class)
@Import({ UserAdminService.class, UserEditing.class, AdminEditorSupport.class, SecurityConfig.class })
class UserAdminControllerTests {

	private static final String NEW_PASSWORD = "correct horse battery";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@MockitoBean
	private UserAccountRepository accounts;

	@MockitoBean
	private AuditTrail audit;

	private UserAccount admin;

	private UserAccount editor;

	@BeforeEach
	void setUp() {
		this.admin = account(1L, "admin", Role.ADMIN, true, 0);
		this.editor = account(2L, "editor", Role.EDITOR, true, 5);
		given(this.accounts.findAllByUsername()).willReturn(List.of(this.admin, this.editor));
		given(this.accounts.findById(1L)).willReturn(Optional.of(this.admin));
		given(this.accounts.findById(2L)).willReturn(Optional.of(this.editor));
		given(this.accounts.findByUsernameIgnoreCase(anyString())).willReturn(Optional.empty());
		given(this.accounts.findByUsernameIgnoreCase("EDITOR")).willReturn(Optional.of(this.editor));
		given(this.accounts.save(any())).willAnswer(invocation -> {
			UserAccount saved = invocation.getArgument(0);
			if (saved.getId() == null) {
				ReflectionTestUtils.setField(saved, "id", 3L);
			}
			return saved;
		});
	}

	@Test
	void listsUsersWithTheirActions() throws Exception {
		this.mvc.perform(get("/admin/users").with(admin()))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/users/list"))
			.andExpect(content().string(containsString("/admin/users/2/disable")))
			.andExpect(content().string(containsString("/admin/users/2/password")))
			// Nobody is offered to disable their own account.
			.andExpect(content().string(not(containsString("/admin/users/1/disable"))));
	}

	@Test
	void editorIsForbiddenEverything() throws Exception {
		this.mvc.perform(get("/admin/users").with(editor())).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/users/new").with(editor())).andExpect(status().isForbidden());
		this.mvc.perform(form("/admin/users").with(editor()).with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/users/1/disable").param("version", "0").with(editor()).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/users/1/password").param("password", NEW_PASSWORD)
				.param("version", "0")
				.with(editor())
				.with(csrf()))
			.andExpect(status().isForbidden());
		verify(this.accounts, never()).save(any());
		verifyNoInteractions(this.audit);
	}

	@Test
	void anonymousVisitorIsSentToSignIn() throws Exception {
		this.mvc.perform(get("/admin/users").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(form("/admin/users").with(csrf())).andExpect(redirectedUrl("/login"));
		verify(this.accounts, never()).save(any());
	}

	@Test
	void postWithoutCsrfTokenIsForbiddenAndChangesNothing() throws Exception {
		this.mvc.perform(form("/admin/users").with(admin())).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/users/2/disable").param("version", "5").with(admin()))
			.andExpect(status().isForbidden());
		verify(this.accounts, never()).save(any());
		assertThat(this.editor.isEnabled()).isTrue();
	}

	@Test
	void showsNewUserFormWithLabels() throws Exception {
		this.mvc.perform(get("/admin/users/new").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<label for=\"username\">Username</label>")))
			.andExpect(content().string(containsString("<label for=\"password\">Password</label>")))
			.andExpect(content().string(containsString("<label for=\"role\">Role</label>")));
	}

	@Test
	void addsEditorWithHashedPasswordAndAuditsWithoutIt() throws Exception {
		this.mvc.perform(form("/admin/users").with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("message", "user.created"));
		ArgumentCaptor<UserAccount> saved = ArgumentCaptor.forClass(UserAccount.class);
		verify(this.accounts).save(saved.capture());
		assertThat(saved.getValue().getUsername()).isEqualTo("maria.lopez");
		assertThat(saved.getValue().getRole()).isEqualTo(Role.EDITOR);
		assertThat(saved.getValue().getPasswordHash()).isNotEqualTo(NEW_PASSWORD).doesNotContain(NEW_PASSWORD);
		assertThat(this.passwordEncoder.matches(NEW_PASSWORD, saved.getValue().getPasswordHash())).isTrue();
		String hash = saved.getValue().getPasswordHash();
		verify(this.audit).record(eq(AuditAction.CREATE), eq("User"), eq("maria.lopez"), isNull(), isNull(),
				argThat(after -> !after.toString().contains(NEW_PASSWORD) && !after.toString().contains(hash)
						&& "EDITOR".equals(after.get("role"))));
	}

	@Test
	void addsAdmin() throws Exception {
		this.mvc.perform(form("/admin/users", "role", "ADMIN").with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"));
		verify(this.accounts).save(argThat(account -> account.getRole() == Role.ADMIN));
	}

	@Test
	void rejectsUsernameShorterThanThree() throws Exception {
		assertRejected(form("/admin/users", "username", "ml"), "username");
	}

	@Test
	void rejectsUsernameLongerThanFifty() throws Exception {
		assertRejected(form("/admin/users", "username", "m".repeat(51)), "username");
	}

	@Test
	void rejectsUsernameWithSpaces() throws Exception {
		assertRejected(form("/admin/users", "username", "maria lopez"), "username");
	}

	@Test
	void rejectsUsernameTakenIgnoringCase() throws Exception {
		assertRejected(form("/admin/users", "username", "EDITOR"), "username");
	}

	@Test
	void rejectsPasswordShorterThanTwelve() throws Exception {
		assertRejected(form("/admin/users", "password", "elevenchars"), "password")
			.andExpect(content().string(containsString("Use at least 12 characters")));
	}

	@Test
	void rejectsPasswordLongerThanBcryptReads() throws Exception {
		assertRejected(form("/admin/users", "password", "\u00e9".repeat(40)), "password");
	}

	@Test
	void rejectsPasswordsNistCallsWeak() throws Exception {
		assertRejected(form("/admin/users", "password", "aaaaaaaaaaaa"), "password")
			.andExpect(content().string(containsString("single character repeated")));
		assertRejected(form("/admin/users", "password", " ".repeat(12)), "password")
			.andExpect(content().string(containsString("not only spaces")));
		assertRejected(form("/admin/users", "password", "qwertyuiop123"), "password")
			.andExpect(content().string(containsString("too common")));
		assertRejected(form("/admin/users", "password", "Password1234!"), "password")
			.andExpect(content().string(containsString("too common")));
	}

	@Test
	void resettingAPasswordFollowsTheSameRule() throws Exception {
		this.mvc
			.perform(post("/admin/users/2/password").param("password", "password1234")
				.param("version", "0")
				.with(admin())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "AcceptablePassword"));
	}

	@Test
	void rejectsMissingRole() throws Exception {
		assertRejected(form("/admin/users", "role", ""), "role");
	}

	@Test
	void keepsUsernameButNeverEchoesThePassword() throws Exception {
		this.mvc.perform(form("/admin/users", "username", "x").with(admin()).with(csrf()))
			.andExpect(content().string(containsString("value=\"x\"")))
			.andExpect(content().string(not(containsString(NEW_PASSWORD))));
	}

	@Test
	void disablesAnotherUser() throws Exception {
		this.mvc.perform(post("/admin/users/2/disable").param("version", "5").with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("message", "user.disabled"));
		assertThat(this.editor.isEnabled()).isFalse();
		verify(this.accounts).save(this.editor);
		verify(this.audit).record(eq(AuditAction.UPDATE), eq("User"), eq("editor"), isNull(),
				argThat(before -> Boolean.TRUE.equals(before.get("enabled"))),
				argThat(after -> Boolean.FALSE.equals(after.get("enabled"))));
	}

	@Test
	void enablesDisabledUser() throws Exception {
		this.editor.setEnabled(false);
		this.mvc.perform(post("/admin/users/2/enable").param("version", "5").with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("message", "user.enabled"));
		assertThat(this.editor.isEnabled()).isTrue();
		verify(this.audit).record(eq(AuditAction.UPDATE), eq("User"), eq("editor"), isNull(), anyMap(), anyMap());
	}

	@Test
	void adminCannotDisableThemselves() throws Exception {
		this.mvc.perform(post("/admin/users/1/disable").param("version", "0").with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("error", "user.disable.self"));
		assertThat(this.admin.isEnabled()).isTrue();
		verify(this.accounts, never()).save(any());
		verifyNoInteractions(this.audit);
	}

	@Test
	void staleDisableChangesNothing() throws Exception {
		this.mvc.perform(post("/admin/users/2/disable").param("version", "4").with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("error", "edit.stale"));
		assertThat(this.editor.isEnabled()).isTrue();
		verify(this.accounts, never()).save(any());
	}

	@Test
	void resetsPasswordAndAuditsThatItWasReset() throws Exception {
		String oldHash = this.editor.getPasswordHash();
		this.mvc.perform(get("/admin/users/2/password").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<label for=\"password\">New password</label>")))
			.andExpect(content().string(containsString("name=\"version\" value=\"5\"")));
		this.mvc
			.perform(post("/admin/users/2/password").param("password", NEW_PASSWORD)
				.param("version", "5")
				.with(admin())
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("message", "user.passwordReset"));
		assertThat(this.passwordEncoder.matches(NEW_PASSWORD, this.editor.getPasswordHash())).isTrue();
		String newHash = this.editor.getPasswordHash();
		verify(this.audit).record(eq(AuditAction.UPDATE), eq("User"), eq("editor"), isNull(),
				argThat(before -> !before.toString().contains(oldHash)),
				argThat(after -> "reset".equals(after.get("password")) && !after.toString().contains(newHash)
						&& !after.toString().contains(NEW_PASSWORD)));
	}

	@Test
	void rejectsShortNewPassword() throws Exception {
		String oldHash = this.editor.getPasswordHash();
		this.mvc
			.perform(post("/admin/users/2/password").param("password", "short")
				.param("version", "5")
				.with(admin())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(UserAdminController.PASSWORD_FORM))
			.andExpect(model().attributeHasFieldErrors("form", "password"));
		assertThat(this.editor.getPasswordHash()).isEqualTo(oldHash);
		verify(this.accounts, never()).save(any());
	}

	@Test
	void staleResetReshowsTheFormWithTheAccountAsItIsNow() throws Exception {
		this.editor.setEnabled(false);
		String oldHash = this.editor.getPasswordHash();
		this.mvc
			.perform(post("/admin/users/2/password").param("password", NEW_PASSWORD)
				.param("version", "4")
				.with(admin())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(UserAdminController.PASSWORD_FORM))
			.andExpect(model().attribute("stale", true))
			.andExpect(content().string(containsString("It is now: editor, Editor (content only), Disabled.")))
			.andExpect(content().string(containsString("name=\"version\" value=\"5\"")))
			.andExpect(content().string(not(containsString(NEW_PASSWORD))));
		assertThat(this.editor.getPasswordHash()).isEqualTo(oldHash);
		verify(this.accounts, never()).save(any());
	}

	@Test
	void unknownUserIsNotFound() throws Exception {
		this.mvc.perform(get("/admin/users/99/password").with(admin())).andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/users/99/disable").param("version", "0").with(admin()).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/admin/users/99/password").param("password", NEW_PASSWORD)
				.param("version", "0")
				.with(admin())
				.with(csrf()))
			.andExpect(status().isNotFound());
		verify(this.accounts, never()).save(any());
	}

	private ResultActions assertRejected(MockHttpServletRequestBuilder request, String field) throws Exception {
		ResultActions result = this.mvc.perform(request.with(admin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(UserAdminController.FORM))
			.andExpect(model().attributeHasFieldErrors("form", field));
		verify(this.accounts, never()).save(any());
		verifyNoInteractions(this.audit);
		return result;
	}

	private static MockHttpServletRequestBuilder form(String url, String... replacements) {
		Map<String, String> valid = new LinkedHashMap<>();
		valid.put("username", "maria.lopez");
		valid.put("password", NEW_PASSWORD);
		valid.put("role", "EDITOR");
		return FormPosts.form(url, valid, replacements);
	}

	private UserAccount account(long id, String username, Role role, boolean enabled, long version) {
		UserAccount account = new UserAccount(username, this.passwordEncoder.encode("old password 123"), role,
				Instant.parse("2026-01-01T00:00:00Z"));
		ReflectionTestUtils.setField(account, "id", id);
		ReflectionTestUtils.setField(account, "version", version);
		account.setEnabled(enabled);
		return account;
	}

}

package org.opengovpartnership.portal.user;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The checks a security reviewer tries: sign-in, roles, CSRF, headers, throttling,
 * session handling, cookie-free public pages.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:security;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"portal.admin.username=chief", "portal.admin.password=correct horse battery staple" })
@AutoConfigureMockMvc
@DirtiesContext
class SecurityTests {

	static final String PASSWORD = "correct horse battery staple";

	static final String EDITOR_PASSWORD = "an editor's long secret";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void showsTheSignInFormWithLabelledFields() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<label for=\"username\">Username</label>")))
			.andExpect(content().string(containsString("<label for=\"password\">Password</label>")));
	}

	@Test
	void signsTheFirstAdminInWithTheConfiguredPasswordAndChangesTheSessionId() throws Exception {
		// Sessions are Spring Session's, stored in the database and named by the SESSION
		// cookie.
		Cookie before = this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(before).isNotNull();
		Cookie after = this.mvc
			.perform(post("/login").cookie(before).param("username", "chief").param("password", PASSWORD).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername("chief").withRoles("ADMIN"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(after).isNotNull();
		assertThat(after.getValue()).isNotEqualTo(before.getValue());
		this.mvc.perform(get("/admin").cookie(after)).andExpect(status().isOk());
		this.mvc.perform(get("/admin").cookie(before)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void saysSoOnAWrongPassword() throws Exception {
		this.mvc.perform(post("/login").param("username", "chief").param("password", "wrong").with(csrf()))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
		this.mvc.perform(get("/login").param("error", ""))
			.andExpect(content().string(containsString("Wrong username or password")));
	}

	@Test
	void refusesASignInWithoutCsrfToken() throws Exception {
		this.mvc.perform(post("/login").param("username", "chief").param("password", PASSWORD))
			.andExpect(status().isForbidden())
			.andExpect(unauthenticated());
	}

	@Test
	void blocksAUsernameAfterRepeatedFailuresEvenWithTheRightPassword() throws Exception {
		for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
			String address = "192.0.2." + (10 + i);
			this.mvc.perform(post("/login").param("username", "Target")
				.param("password", "guess" + i)
				.with(csrf())
				.with(request -> {
					request.setRemoteAddr(address);
					return request;
				})).andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(post("/login").param("username", "target").param("password", "anything").with(csrf()))
			.andExpect(redirectedUrl("/login?blocked"))
			.andExpect(unauthenticated());
		this.mvc.perform(get("/login").param("blocked", ""))
			.andExpect(content().string(containsString("Too many failed sign-ins")));
	}

	@Test
	void countsAUsernameAsSignInComparesItWhateverItsSpacesAndCapitals() throws Exception {
		Cookie admin = signIn("chief", PASSWORD);
		addEditor(admin, "editor1");
		List<String> variants = List.of(" editor1", "editor1 ", "\teditor1", "EDITOR1", "Editor1\t");
		for (int i = 0; i < variants.size(); i++) {
			failFrom("192.0.2." + (20 + i), variants.get(i));
		}

		this.mvc.perform(post("/login").param("username", "editor1").param("password", EDITOR_PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?blocked"))
			.andExpect(unauthenticated());
		this.mvc.perform(post("/login").param("username", " editor1 ").param("password", EDITOR_PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?blocked"));
	}

	@Test
	void blocksAnAddressWhateverUsernamesItTries() throws Exception {
		for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
			failFrom("198.51.100.7", "nobody" + i);
		}
		this.mvc
			.perform(post("/login").param("username", "chief")
				.param("password", PASSWORD)
				.with(csrf())
				.with(from("198.51.100.7")))
			.andExpect(redirectedUrl("/login?blocked"))
			.andExpect(unauthenticated());
	}

	@Test
	void keepsTheCountsInTheDatabaseForEveryInstanceAndAfterARestart() throws Exception {
		for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
			failFrom("203.0.113." + (40 + i), "Shared-Target");
		}

		// Another instance, or this one after a restart: a new LoginAttempts on the same
		// database.
		LoginAttempts elsewhere = new LoginAttempts(this.context.getBeanProvider(JdbcTemplate.class),
				Clock.systemUTC());
		assertThat(elsewhere.isBlocked(" shared-target", "203.0.113.99")).isTrue();
		assertThat(elsewhere.isBlocked("someone-else", "203.0.113.99")).isFalse();
		LoginAttempts later = new LoginAttempts(this.context.getBeanProvider(JdbcTemplate.class),
				Clock.offset(Clock.systemUTC(), LoginAttempts.BLOCK_FOR.plusSeconds(1)));
		assertThat(later.isBlocked("shared-target", "203.0.113.99")).isFalse();
		assertThat(this.jdbc.queryForList("select attempt_key from login_failures", String.class))
			.allMatch((key) -> key.matches("(user|address):[0-9a-f]{64}"));
	}

	@Test
	void letsEveryoneChangeTheirOwnPasswordWithTheCurrentOne() throws Exception {
		Cookie admin = signIn("chief", PASSWORD);
		addEditor(admin, "rosa");
		Cookie rosa = signIn("rosa", EDITOR_PASSWORD);
		Cookie rosaElsewhere = signIn("rosa", EDITOR_PASSWORD);
		this.mvc.perform(get("/admin").cookie(rosa))
			.andExpect(content().string(containsString("href=\"/admin/account/password\"")));
		this.mvc.perform(get("/admin/account/password").cookie(rosa))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<label for=\"currentPassword\">Current password</label>")))
			.andExpect(content().string(containsString("<label for=\"newPassword\">New password</label>")));

		this.mvc
			.perform(post("/admin/account/password").param("currentPassword", "not my password")
				.param("newPassword", "rosa's brand new secret")
				.cookie(rosa)
				.with(csrf())
				.with(from("192.0.2.77")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This is not your current password.")));
		this.mvc
			.perform(post("/admin/account/password").param("currentPassword", EDITOR_PASSWORD)
				.param("newPassword", "aaaaaaaaaaaa")
				.cookie(rosa)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("single character")));
		this.mvc
			.perform(post("/admin/account/password").param("currentPassword", EDITOR_PASSWORD)
				.param("newPassword", "rosa's brand new secret")
				.cookie(rosa)
				.with(csrf()))
			.andExpect(redirectedUrl("/admin"))
			.andExpect(flash().attribute("message", "account.passwordChanged"));

		this.mvc.perform(get("/admin").cookie(rosa)).andExpect(status().isOk());
		this.mvc.perform(get("/admin").cookie(rosaElsewhere)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin").cookie(signIn("rosa", "rosa's brand new secret"))).andExpect(status().isOk());
		this.mvc
			.perform(post("/login").param("username", "rosa")
				.param("password", EDITOR_PASSWORD)
				.with(csrf())
				.with(from("192.0.2.78")))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void redirectsToSignInAndBackByRelativeAddressesWhateverHostTheRequestNames() throws Exception {
		MvcResult asked = this.mvc.perform(get("/admin/audit").header("Host", "evil.example"))
			.andExpect(redirectedUrl("/login"))
			.andReturn();
		Cookie session = asked.getResponse().getCookie("SESSION");

		this.mvc
			.perform(post("/login").header("Host", "evil.example")
				.cookie(session)
				.param("username", "chief")
				.param("password", PASSWORD)
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/audit?continue"));
	}

	@Test
	void sendsAnonymousVisitorsOfAdminPagesToSignIn() throws Exception {
		this.mvc.perform(get("/admin")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin/audit")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void answersUnauthorizedToAnonymousApiWrites() throws Exception {
		this.mvc.perform(post("/api/v1/members").with(csrf())).andExpect(status().isUnauthorized());
	}

	@Test
	void keepsUserManagementFromEditors() throws Exception {
		this.mvc.perform(get("/admin/users").with(user("ed").roles("EDITOR"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin").with(user("ed").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/admin/users\""))));
	}

	@Test
	void sendsSecurityHeadersWithAStrictContentSecurityPolicy() throws Exception {
		this.mvc.perform(get("/members/mexico"))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
	}

	@Test
	void keepsPublicPagesFreeOfCookiesAndSessions() throws Exception {
		for (String page : new String[] { "/", "/members/mexico", "/members/mexico/commitments/MX0075", "/nowhere" }) {
			MvcResult result = this.mvc.perform(get(page))
				.andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE))
				.andExpect(cookie().doesNotExist("JSESSIONID"))
				.andReturn();
			assertThat(result.getRequest().getSession(false)).as(page).isNull();
		}
	}

	@Test
	void neverLetsCachesKeepPagesForSignedInPeople() throws Exception {
		this.mvc.perform(get("/members/mexico").with(user("ed").roles("EDITOR")))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"));
		this.mvc.perform(get("/admin").with(user("ed").roles("EDITOR")))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"));
	}

	@Test
	void endsTheOpenSessionsOfAnAccountWhenAnAdminDisablesIt() throws Exception {
		Cookie admin = signIn("chief", PASSWORD);
		addEditor(admin, "olga");
		Cookie olga = signIn("olga", EDITOR_PASSWORD);
		this.mvc.perform(get("/admin").cookie(olga)).andExpect(status().isOk());

		this.mvc
			.perform(post("/admin/users/" + idOf("olga") + "/disable").param("version", versionOf("olga"))
				.cookie(admin)
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/users"));

		this.mvc.perform(get("/admin").cookie(olga)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin").cookie(admin)).andExpect(status().isOk());
	}

	@Test
	void endsTheOpenSessionsOfAnAccountWhoseForgottenPasswordAnAdminResets() throws Exception {
		Cookie admin = signIn("chief", PASSWORD);
		addEditor(admin, "pablo");
		Cookie pablo = signIn("pablo", EDITOR_PASSWORD);

		this.mvc
			.perform(post("/admin/users/" + idOf("pablo") + "/password").param("password", "a brand new secret")
				.param("version", versionOf("pablo"))
				.cookie(admin)
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/users"));

		this.mvc.perform(get("/admin").cookie(pablo)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin").cookie(signIn("pablo", "a brand new secret"))).andExpect(status().isOk());
		this.mvc.perform(get("/admin").cookie(admin)).andExpect(status().isOk());
	}

	@Test
	void signsOutAndShowsTheMessage() throws Exception {
		this.mvc.perform(post("/logout").with(user("ed").roles("EDITOR")).with(csrf()))
			.andExpect(redirectedUrl("/login?logout"));
	}

	private Cookie signIn(String username, String password) throws Exception {
		return this.mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()))
			.andExpect(authenticated().withUsername(username))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	private void failFrom(String address, String username) throws Exception {
		this.mvc
			.perform(post("/login").param("username", username)
				.param("password", "wrong guess")
				.with(csrf())
				.with(from(address)))
			.andExpect(redirectedUrl("/login?error"));
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private void addEditor(Cookie admin, String username) throws Exception {
		this.mvc
			.perform(post("/admin/users").param("username", username)
				.param("password", EDITOR_PASSWORD)
				.param("role", "EDITOR")
				.cookie(admin)
				.with(csrf()))
			.andExpect(status().isFound());
	}

	private String idOf(String username) {
		return this.jdbc.queryForObject("select id from users where username = ?", String.class, username);
	}

	private String versionOf(String username) {
		return this.jdbc.queryForObject("select version from users where username = ?", String.class, username);
	}

}

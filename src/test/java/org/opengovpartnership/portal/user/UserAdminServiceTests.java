package org.opengovpartnership.portal.user;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.system.Problem;
import org.opengovpartnership.portal.system.SaveResult;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Account changes against the real, migrated database, each in its own transaction: what
 * is stored, what signing in then sees, and what the audit trail keeps (never a password
 * or its hash).
 */
@SpringBootTest(
		properties = "spring.datasource.url=jdbc:h2:mem:user-admin;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@DirtiesContext
@WithMockUser(username = "boss", roles = "ADMIN")
class UserAdminServiceTests {

	private static final String PASSWORD = "a long enough secret";

	@Autowired
	UserAdminService service;

	@Autowired
	AccountDetailsService accountDetails;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void storesOnlyAHashAndAuditsTheCreationWithoutIt() {
		long id = create("ines", Role.EDITOR);
		String hash = this.jdbc.queryForObject("select password_hash from users where id = ?", String.class, id);
		assertThat(hash).isNotEqualTo(PASSWORD).startsWith("{bcrypt}");
		assertThat(this.passwordEncoder.matches(PASSWORD, hash)).isTrue();
		Map<String, Object> event = this.jdbc.queryForMap(
				"select username, action, before_values, after_values from audit_events where subject_type = 'User' and subject_key = 'ines'");
		assertThat(event.get("username")).isEqualTo("boss");
		assertThat(event.get("action")).isEqualTo("CREATE");
		assertThat((String) event.get("after_values")).contains("\"role\":\"EDITOR\"")
			.doesNotContain(PASSWORD)
			.doesNotContain(hash)
			.doesNotContain("bcrypt");
	}

	@Test
	void refusesANameTakenIgnoringCase() {
		create("Julia", Role.EDITOR);
		NewUserForm form = form("JULIA", Role.ADMIN);
		assertThat(this.service.create(form, false))
			.isEqualTo(new SaveResult.Invalid<>(List.of(Problem.of("username", "user.username.taken"))));
		assertThat(this.jdbc.queryForObject("select count(*) from users where lower(username) = 'julia'", Long.class))
			.isEqualTo(1L);
	}

	@Test
	void aDisabledAccountCannotSignInUntilEnabledAgain() {
		long id = create("karl", Role.EDITOR);
		assertThat(this.service.setEnabled(id, false, version(id), "boss")).isInstanceOf(SaveResult.Saved.class);
		assertThat(this.accountDetails.loadUserByUsername("karl").isEnabled()).isFalse();
		assertThat(this.service.setEnabled(id, true, version(id), "boss")).isInstanceOf(SaveResult.Saved.class);
		assertThat(this.accountDetails.loadUserByUsername("karl").isEnabled()).isTrue();
		List<String> changes = this.jdbc.queryForList(
				"select after_values from audit_events where subject_key = 'karl' and action = 'UPDATE' order by id",
				String.class);
		assertThat(changes).hasSize(2);
		assertThat(changes.get(0)).contains("\"enabled\":false");
		assertThat(changes.get(1)).contains("\"enabled\":true");
	}

	@Test
	void nobodyCanDisableTheirOwnAccount() {
		long id = create("lena", Role.ADMIN);
		assertThat(this.service.setEnabled(id, false, version(id), "LENA")).isInstanceOf(SaveResult.Invalid.class);
		assertThat(this.accountDetails.loadUserByUsername("lena").isEnabled()).isTrue();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_events where subject_key = 'lena' and action = 'UPDATE'", Long.class))
			.isZero();
	}

	@Test
	void resetsThePasswordAndAuditsOnlyThatItWasReset() {
		long id = create("mira", Role.EDITOR);
		PasswordForm reset = new PasswordForm();
		reset.setPassword("another long secret");
		reset.setVersion(version(id));
		this.service.resetPassword(id, reset, "boss");
		String hash = this.accountDetails.loadUserByUsername("mira").getPassword();
		assertThat(this.passwordEncoder.matches("another long secret", hash)).isTrue();
		assertThat(this.passwordEncoder.matches(PASSWORD, hash)).isFalse();
		String after = this.jdbc.queryForObject(
				"select after_values from audit_events where subject_key = 'mira' and action = 'UPDATE'", String.class);
		assertThat(after).contains("\"password\":\"reset\"").doesNotContain("another long secret").doesNotContain(hash);
	}

	@Test
	void aChangeBasedOnAnOlderVersionChangesNothing() {
		long id = create("nora", Role.EDITOR);
		long seen = version(id);
		assertThat(this.service.setEnabled(id, false, seen, "boss")).isInstanceOf(SaveResult.Saved.class);
		PasswordForm late = new PasswordForm();
		late.setPassword("a password typed too late");
		late.setVersion(seen);
		assertThat(this.service.resetPassword(id, late, "boss")).isInstanceOf(SaveResult.Stale.class);
		assertThat(this.service.setEnabled(id, true, seen, "boss")).isInstanceOf(SaveResult.Stale.class);
		String hash = this.accountDetails.loadUserByUsername("nora").getPassword();
		assertThat(this.passwordEncoder.matches(PASSWORD, hash)).isTrue();
		assertThat(this.accountDetails.loadUserByUsername("nora").isEnabled()).isFalse();
	}

	private long create(String username, Role role) {
		NewUserForm form = form(username, role);
		SaveResult<UserAccount, UserSummary> created = this.service.create(form, false);
		assertThat(created).isInstanceOf(SaveResult.Saved.class);
		return ((SaveResult.Saved<UserAccount, UserSummary>) created).record().getId();
	}

	private long version(long id) {
		return this.jdbc.queryForObject("select version from users where id = ?", Long.class, id);
	}

	private static NewUserForm form(String username, Role role) {
		NewUserForm form = new NewUserForm();
		form.setUsername(username);
		form.setPassword(PASSWORD);
		form.setRole(role);
		return form;
	}

}

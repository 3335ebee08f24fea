package org.opengovpartnership.portal.user;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.system.PortalProperties;
import org.opengovpartnership.portal.user.PasswordPolicy.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PasswordPolicyTests {

	@Test
	void wantsTwelveCharactersAndAtMostTheBytesBcryptReads() {
		assertThat(PasswordPolicy.check("elevenchars")).contains(Problem.SIZE);
		assertThat(PasswordPolicy.check("twelve chars")).isEmpty();
		assertThat(PasswordPolicy.check("\u00e9".repeat(37))).contains(Problem.SIZE);
		// Characters, not UTF-16 units: twelve emoji are twelve characters (48 bytes).
		assertThat(PasswordPolicy.check("\uD83D\uDE00\uD83D\uDE01".repeat(6))).isEmpty();
	}

	@Test
	void refusesOneCharacterRepeatedAndOnlyWhiteSpace() {
		assertThat(PasswordPolicy.check("aaaaaaaaaaaa")).contains(Problem.ONE_CHARACTER);
		assertThat(PasswordPolicy.check("1".repeat(20))).contains(Problem.ONE_CHARACTER);
		assertThat(PasswordPolicy.check(" ".repeat(12))).contains(Problem.WHITESPACE);
		assertThat(PasswordPolicy.check(" \t".repeat(8))).contains(Problem.WHITESPACE);
	}

	@Test
	void refusesCommonPasswordsIgnoringCapitalsAndTrailingDigits() {
		assertThat(PasswordPolicy.check("qwertyuiop123")).contains(Problem.COMMON);
		assertThat(PasswordPolicy.check("1qaz2wsx3edc")).contains(Problem.COMMON);
		assertThat(PasswordPolicy.check("PASSWORD1234")).contains(Problem.COMMON);
		assertThat(PasswordPolicy.check("Password1234!")).contains(Problem.COMMON);
		assertThat(PasswordPolicy.check("sunshine2024!!")).contains(Problem.COMMON);
		assertThat(PasswordPolicy.check("sunshine on the hill")).isEmpty();
	}

	@Test
	void acceptsThePasswordsTheTestsAndTheBenchmarkConfigure() {
		for (String configured : List.of(SecurityTests.PASSWORD, SecurityTests.EDITOR_PASSWORD,
				"a long enough test password", "restart-test-password", "cds-training-only", "correct horse battery",
				"a brand new secret", "rosa's brand new secret", "two instances, one database",
				"page cache test password", FirstAdmin.randomPassword())) {
			assertThat(PasswordPolicy.check(configured)).as(configured).isEmpty();
		}
	}

	@Test
	void refusesToStartWithAWeakConfiguredAdminPassword() {
		assertThatIllegalStateException().isThrownBy(() -> firstAdminWithPassword("aaaaaaaaaaaa"))
			.withMessageContaining("PORTAL_ADMIN_PASSWORD")
			.withMessageContaining("single character repeated");
		assertThatIllegalStateException().isThrownBy(() -> firstAdminWithPassword("password12345"))
			.withMessageContaining("common passwords");
		assertThatIllegalStateException().isThrownBy(() -> firstAdminWithPassword("short"))
			.withMessageContaining("at least 12 characters");
		firstAdminWithPassword("");
		firstAdminWithPassword(SecurityTests.PASSWORD);
	}

	private static FirstAdmin firstAdminWithPassword(String password) {
		return new FirstAdmin(null, null, Clock.systemUTC(), new PortalProperties.Admin("admin", password));
	}

}

package org.opengovpartnership.portal.user;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;

import org.opengovpartnership.portal.system.PortalProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Creates the first admin from {@code portal.admin.*} when no account exists; without a
 * configured password it generates one and logs it once. A configured password that
 * {@link PasswordPolicy} refuses stops the start.
 */
@Component
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final String username;

	private final String password;

	@Autowired
	FirstAdmin(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
			PortalProperties properties) {
		this(accounts, passwordEncoder, clock, properties.admin());
	}

	FirstAdmin(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
			PortalProperties.Admin admin) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.username = admin.username();
		this.password = admin.password();
		if (StringUtils.hasText(this.password)) {
			PasswordPolicy.check(this.password).ifPresent((problem) -> {
				throw new IllegalStateException("portal.admin.password (PORTAL_ADMIN_PASSWORD) is too weak: "
						+ MESSAGES.get(problem) + " Set another, or none to have one generated.");
			});
		}
	}

	/** Why a configured password is refused, in the operator's log. */
	private static final Map<PasswordPolicy.Problem, String> MESSAGES = Map.of(PasswordPolicy.Problem.SIZE,
			"it needs at least " + PasswordPolicy.MIN_LENGTH + " characters and at most " + PasswordPolicy.MAX_BYTES
					+ " bytes.",
			PasswordPolicy.Problem.ONE_CHARACTER, "it is a single character repeated.",
			PasswordPolicy.Problem.WHITESPACE, "it is only white space.", PasswordPolicy.Problem.COMMON,
			"it is in the list of common passwords.");

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.accounts.count() > 0) {
			return;
		}
		String chosen = this.password;
		if (!StringUtils.hasText(chosen)) {
			chosen = randomPassword();
			log.warn(
					"Created the first admin '{}' with the generated password: {}  "
							+ "(set PORTAL_ADMIN_PASSWORD to choose it; change it after signing in)",
					this.username, chosen);
		}
		else {
			log.info("Created the first admin '{}' from portal.admin.username/password", this.username);
		}
		this.accounts.save(
				new UserAccount(this.username, this.passwordEncoder.encode(chosen), Role.ADMIN, this.clock.instant()));
	}

	static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}

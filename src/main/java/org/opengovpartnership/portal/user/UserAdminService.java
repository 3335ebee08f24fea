package org.opengovpartnership.portal.user;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.opengovpartnership.portal.audit.AuditAction;
import org.opengovpartnership.portal.audit.AuditTrail;
import org.opengovpartnership.portal.system.NotFoundException;
import org.opengovpartnership.portal.system.StaleRecordException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Adds accounts, disables and enables them and resets their passwords, each change with its audit event (never the
 * password or its hash) in one transaction. Names are unique ignoring case; nobody can disable their own account.
 * Disabling an account or resetting someone else's password ends the sessions open with it ({@link OpenSessions}).
 */
@Service
class UserAdminService {

	static final String SUBJECT = "User";

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final LoginAttempts attempts;

	UserAdminService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, AuditTrail audit, Clock clock,
			ApplicationEventPublisher events, LoginAttempts attempts) {
		this.attempts = attempts;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	@Transactional(readOnly = true)
	List<UserSummary> list() {
		return this.accounts.findAllByUsername().stream().map(UserSummary::of).toList();
	}

	@Transactional(readOnly = true)
	UserSummary find(long id) {
		return UserSummary.of(load(id));
	}

	/** @return the new account's id, or null when the form has errors (added to {@code errors}) */
	@Transactional
	Long create(NewUserForm form, Errors errors) {
		if (form.getUsername() != null && this.accounts.findByUsernameIgnoreCase(form.getUsername()).isPresent()) {
			errors.rejectValue("username", "user.username.taken");
		}
		if (errors.hasErrors()) {
			return null;
		}
		UserAccount account = new UserAccount(form.getUsername(), this.passwordEncoder.encode(form.getPassword()),
				form.getRole(), this.clock.instant());
		this.accounts.save(account);
		this.audit.record(AuditAction.CREATE, SUBJECT, account.getUsername(), null, null, account.snapshot());
		return account.getId();
	}

	/**
	 * Disables or enables an account.
	 * @return false when the signed-in person tried to disable their own account, which changes nothing
	 */
	@Transactional
	boolean setEnabled(long id, boolean enabled, long version, String signedIn) {
		UserAccount account = load(id);
		if (account.getVersion() != version) {
			throw new StaleRecordException(UserSummary.of(account));
		}
		if (!enabled && account.getUsername().equalsIgnoreCase(signedIn)) {
			return false;
		}
		Map<String, Object> before = account.snapshot();
		account.setEnabled(enabled);
		this.accounts.save(account);
		this.audit.record(AuditAction.UPDATE, SUBJECT, account.getUsername(), null, before, account.snapshot());
		if (!enabled) {
			this.events.publishEvent(new AccountRevoked(account.getUsername()));
		}
		return true;
	}

	/**
	 * Replaces the password; the audit event says that it was reset, not what it is. Someone else's sessions end (the
	 * old password may have leaked); the signed-in person resetting their own stays signed in.
	 */
	@Transactional
	void resetPassword(long id, PasswordForm form, String signedIn) {
		UserAccount account = load(id);
		if (account.getVersion() != form.getVersion()) {
			throw new StaleRecordException(UserSummary.of(account));
		}
		Map<String, Object> before = account.snapshot();
		account.setPasswordHash(this.passwordEncoder.encode(form.getPassword()));
		this.accounts.save(account);
		Map<String, Object> after = account.snapshot();
		after.put("password", "reset");
		this.audit.record(AuditAction.UPDATE, SUBJECT, account.getUsername(), null, before, after);
		if (!account.getUsername().equalsIgnoreCase(signedIn)) {
			this.events.publishEvent(new AccountRevoked(account.getUsername()));
		}
	}

	/**
	 * Changes the signed-in person's own password when the current one they typed is right; a wrong one counts as a
	 * failed sign-in ({@link LoginAttempts}), and once those are blocked the change is refused too. Their other
	 * sessions end; this one stays.
	 * @return false when the form has errors (added to {@code errors})
	 */
	@Transactional
	boolean changeOwnPassword(String username, OwnPasswordForm form, Errors errors, String address,
			String sessionId) {
		UserAccount account = this.accounts.findByUsernameIgnoreCase(username).orElseThrow(NotFoundException::new);
		if (this.attempts.isBlocked(username, address)) {
			errors.rejectValue("currentPassword", "account.currentPassword.blocked");
			return false;
		}
		if (!this.passwordEncoder.matches(form.getCurrentPassword(), account.getPasswordHash())) {
			this.attempts.failed(username, address);
			errors.rejectValue("currentPassword", "account.currentPassword.wrong");
			return false;
		}
		if (form.getNewPassword().equals(form.getCurrentPassword())) {
			errors.rejectValue("newPassword", "account.newPassword.same");
			return false;
		}
		Map<String, Object> before = account.snapshot();
		account.setPasswordHash(this.passwordEncoder.encode(form.getNewPassword()));
		this.accounts.save(account);
		Map<String, Object> after = account.snapshot();
		after.put("password", "changed by its owner");
		this.audit.record(AuditAction.UPDATE, SUBJECT, account.getUsername(), null, before, after);
		this.events.publishEvent(new AccountRevoked(account.getUsername(), sessionId));
		return true;
	}

	private UserAccount load(long id) {
		return this.accounts.findById(id).orElseThrow(NotFoundException::new);
	}

}

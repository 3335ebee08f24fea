package org.opengovpartnership.portal.user;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.opengovpartnership.portal.audit.AuditAction;
import org.opengovpartnership.portal.audit.AuditTrail;
import org.opengovpartnership.portal.system.NotFoundException;
import org.opengovpartnership.portal.system.AdminEditor;
import org.opengovpartnership.portal.system.AdminEditorSupport;
import org.opengovpartnership.portal.system.Problem;
import org.opengovpartnership.portal.system.SaveResult;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Adds accounts, disables and enables them and resets their passwords through the
 * {@link AdminEditor}, each change with its audit event (never the password or its hash)
 * in one transaction. Names are unique ignoring case; nobody can disable their own
 * account. Disabling an account or resetting someone else's password ends the sessions
 * open with it ({@link OpenSessions}).
 */
@Service
class UserAdminService {

	/** What the audit trail calls an account, as {@link UserEditing} does. */
	static final String SUBJECT = "User";

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final LoginAttempts attempts;

	private final AdminEditor<Long, UserAccount, UserSummary> editor;

	UserAdminService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, AuditTrail audit, Clock clock,
			ApplicationEventPublisher events, LoginAttempts attempts, UserEditing kind, AdminEditorSupport support) {
		this.editor = new AdminEditor<>(kind, support);
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

	UserSummary find(Long id) {
		return this.editor.form(id);
	}

	/** A new account; its name must be free, ignoring case. */
	SaveResult<UserAccount, UserSummary> create(NewUserForm form, boolean bindingFailed) {
		return this.editor.create(new AdminEditor.Creation<>() {
			@Override
			public List<Problem> check() {
				return (form.getUsername() != null
						&& UserAdminService.this.accounts.findByUsernameIgnoreCase(form.getUsername()).isPresent())
								? List.of(Problem.of("username", "user.username.taken")) : List.of();
			}

			@Override
			public UserAccount make() {
				return new UserAccount(form.getUsername(),
						UserAdminService.this.passwordEncoder.encode(form.getPassword()), form.getRole(),
						UserAdminService.this.clock.instant());
			}
		}, bindingFailed);
	}

	/**
	 * Disables or enables an account; nobody can disable their own
	 * ({@code user.disable.self}).
	 */
	SaveResult<UserAccount, UserSummary> setEnabled(long id, boolean enabled, long version, String signedIn) {
		return this.editor.change(id, version, new AdminEditor.Change<>() {
			@Override
			public List<Problem> check(UserAccount account) {
				return (!enabled && account.getUsername().equalsIgnoreCase(signedIn))
						? List.of(Problem.of(null, "user.disable.self")) : List.of();
			}

			@Override
			public void apply(UserAccount account) {
				account.setEnabled(enabled);
				if (!enabled) {
					UserAdminService.this.events.publishEvent(new AccountRevoked(account.getUsername()));
				}
			}
		});
	}

	/**
	 * Replaces the password; the audit event says that it was reset, not what it is.
	 * Someone else's sessions end (the old password may have leaked); the signed-in
	 * person resetting their own stays signed in.
	 */
	SaveResult<UserAccount, UserSummary> resetPassword(long id, PasswordForm form, String signedIn) {
		return this.editor.change(id, form.getVersion(), new AdminEditor.Change<>() {
			@Override
			public void apply(UserAccount account) {
				account.setPasswordHash(UserAdminService.this.passwordEncoder.encode(form.getPassword()));
				if (!account.getUsername().equalsIgnoreCase(signedIn)) {
					UserAdminService.this.events.publishEvent(new AccountRevoked(account.getUsername()));
				}
			}

			@Override
			public Map<String, Object> recorded(Map<String, Object> after) {
				after.put("password", "reset");
				return after;
			}
		});
	}

	/**
	 * Changes the signed-in person's own password when the current one they typed is
	 * right; a wrong one counts as a failed sign-in ({@link LoginAttempts}), and once
	 * those are blocked the change is refused too. Their other sessions end; this one
	 * stays.
	 * @return false when the form has errors (added to {@code errors})
	 */
	@Transactional
	boolean changeOwnPassword(String username, OwnPasswordForm form, Errors errors, String address, String sessionId) {
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

}

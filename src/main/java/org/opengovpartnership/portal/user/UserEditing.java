package org.opengovpartnership.portal.user;

import java.util.Optional;

import org.opengovpartnership.portal.system.AdminEditor;
import org.springframework.stereotype.Component;

/**
 * Accounts as the {@link AdminEditor} changes them; a stale change shows the account as
 * it is now. No public page shows an account, and none is deleted (disabled instead).
 */
@Component
class UserEditing implements AdminEditor.Kind<Long, UserAccount, UserSummary> {

	private final UserAccountRepository accounts;

	UserEditing(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public String subject() {
		return "User";
	}

	@Override
	public Optional<UserAccount> find(Long id) {
		return this.accounts.findById(id);
	}

	@Override
	public UserSummary formOf(UserAccount account) {
		return UserSummary.of(account);
	}

	@Override
	public String keyOf(UserAccount account) {
		return account.getUsername();
	}

	@Override
	public String memberOf(UserAccount account) {
		return null;
	}

	@Override
	public UserAccount save(UserAccount account) {
		return this.accounts.save(account);
	}

	@Override
	public void delete(UserAccount account) {
		throw new UnsupportedOperationException("Accounts are disabled, not deleted");
	}

}

package org.opengovpartnership.portal.user;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Lets Spring Security sign in the accounts stored in the database.
 */
@Service
class AccountDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	AccountDetailsService(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = this.accounts.findByUsernameIgnoreCase(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
		return User.withUsername(account.getUsername())
			.password(account.getPasswordHash())
			.roles(account.getRole().name())
			.disabled(!account.isEnabled())
			.build();
	}

}

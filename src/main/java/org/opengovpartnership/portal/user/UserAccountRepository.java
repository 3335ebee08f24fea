package org.opengovpartnership.portal.user;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Accounts, looked up by name at sign-in and listed for admins.
 */
interface UserAccountRepository extends Repository<UserAccount, Long> {

	Optional<UserAccount> findByUsernameIgnoreCase(String username);

	Optional<UserAccount> findById(Long id);

	@Query("select u from UserAccount u order by u.username")
	List<UserAccount> findAllByUsername();

	long count();

	UserAccount save(UserAccount account);

}

package org.opengovpartnership.portal.user;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends the sessions open with an account once its revocation has committed, on every instance, since sessions live
 * in the database: a disabled editor's next click goes to the sign-in page.
 */
@Component
class OpenSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	OpenSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	@TransactionalEventListener
	void end(AccountRevoked revoked) {
		this.sessions.findByPrincipalName(revoked.username()).keySet().forEach(this.sessions::deleteById);
	}

}

package org.opengovpartnership.portal.user;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends the sessions open with an account once its revocation has committed, on every
 * instance, since sessions live in the database: a disabled editor's next click goes to
 * the sign-in page. A person who changed their own password keeps the session they
 * changed it in.
 */
@Component
class OpenSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	OpenSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	@TransactionalEventListener
	void end(AccountRevoked revoked) {
		this.sessions.findByPrincipalName(revoked.username())
			.keySet()
			.stream()
			.filter((id) -> !id.equals(revoked.keptSessionId()))
			.forEach(this.sessions::deleteById);
	}

}

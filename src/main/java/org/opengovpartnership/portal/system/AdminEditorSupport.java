package org.opengovpartnership.portal.system;

import java.util.function.Supplier;

import org.opengovpartnership.portal.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every {@link AdminEditor} shares: the transaction, the audit trail and the change
 * events.
 */
@Component
public class AdminEditorSupport {

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	AdminEditorSupport(AuditTrail audit, ApplicationEventPublisher events) {
		this.audit = audit;
		this.events = events;
	}

	/**
	 * Runs the work in one transaction, which commits (or fails to) before this returns.
	 */
	@Transactional
	public <T> T inTransaction(Supplier<T> work) {
		return work.get();
	}

	// Methods, not fields, for the editor: this bean is a proxy, whose own fields are
	// empty.

	AuditTrail audit() {
		return this.audit;
	}

	void publish(Object event) {
		this.events.publishEvent(event);
	}

	@Transactional(readOnly = true)
	public <T> T reading(Supplier<T> work) {
		return work.get();
	}

}

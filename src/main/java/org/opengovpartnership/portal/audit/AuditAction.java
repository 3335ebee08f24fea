package org.opengovpartnership.portal.audit;

/** What kind of change an audit event records. */
public enum AuditAction {

	CREATE, UPDATE, DELETE, IMPORT

}

/**
 * The audit trail: who changed what and when, with the values before and after.
 */
package org.opengovpartnership.portal.audit;

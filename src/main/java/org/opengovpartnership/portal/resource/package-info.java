/**
 * Resources: documents about a member (action plans, IRM reports, letters), not to be
 * confused with Spring's.
 */
package org.opengovpartnership.portal.resource;

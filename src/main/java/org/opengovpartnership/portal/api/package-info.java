/**
 * The read-only JSON API under {@code /api/v1}: members, action plans, commitments and
 * resources, paged, with ETags, CORS and an OpenAPI description.
 */
package org.opengovpartnership.portal.api;

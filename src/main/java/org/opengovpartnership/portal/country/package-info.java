/**
 * OGP members (countries and localities), their action plans and what their profile page shows besides commitments.
 */
package org.opengovpartnership.portal.country;

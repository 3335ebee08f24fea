/**
 * OGP members (countries and localities), their action plans and what their profile page
 * shows besides commitments, with the admin forms that keep them.
 */
package org.opengovpartnership.portal.member;

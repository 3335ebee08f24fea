/**
 * People who sign in: their accounts, roles, sign-in throttling and the admin forms that
 * manage editors.
 */
package org.opengovpartnership.portal.user;

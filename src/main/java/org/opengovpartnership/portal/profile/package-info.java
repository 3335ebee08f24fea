/**
 * The pages citizens start from: the list of members and each member's profile page.
 */
package org.opengovpartnership.portal.profile;

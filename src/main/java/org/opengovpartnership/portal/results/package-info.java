/**
 * How far each member got: its commitments' IRM assessments counted per plan and in
 * total, for the member page, the API, the comparison of members and the admin dashboard.
 */
package org.opengovpartnership.portal.results;

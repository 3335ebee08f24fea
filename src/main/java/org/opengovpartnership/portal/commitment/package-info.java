/**
 * Commitments: what a member promised in an action plan, its IRM assessment, milestones
 * and progress.
 */
package org.opengovpartnership.portal.commitment;

/**
 * Fast public pages that are never stale: content versions bumped with every change,
 * ETags and cached pages derived from them.
 */
package org.opengovpartnership.portal.caching;

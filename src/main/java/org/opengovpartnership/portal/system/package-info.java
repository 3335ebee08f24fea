/**
 * What every page shares: web configuration, errors, the layout's support.
 */
package org.opengovpartnership.portal.system;

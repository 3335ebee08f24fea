/**
 * What search engines read: {@code /sitemap.xml} listing every public page, and
 * {@code /robots.txt}.
 */
package org.opengovpartnership.portal.sitemap;

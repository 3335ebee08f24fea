/**
 * Open data: OGP's commitment sheet imported (admin page and command line) and exported
 * (CSV, JSON), and each member's Atom feed of commitment changes.
 */
package org.opengovpartnership.portal.opendata;

package org.opengovpartnership.portal.opendata;

import java.time.Instant;

/**
 * Told of every applied import, inside its transaction; the audit trail records imports this way.
 */
interface ImportListener {

	void imported(String user, Instant at, ImportReport report);

}

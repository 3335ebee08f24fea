package org.opengovpartnership.portal.opendata;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.locks.ReentrantLock;

import org.opengovpartnership.portal.audit.AuditAction;
import org.opengovpartnership.portal.audit.AuditTrail;
import org.opengovpartnership.portal.system.MemberContentChanged;
import org.opengovpartnership.portal.system.PortalProperties;
import org.opengovpartnership.portal.system.PortalProperties.ImportLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports OGP's commitment sheet: creates or updates members (by ISO3 code or name),
 * their action plans (by number), commitments (by identifier) with their policy-area tags
 * and IRM assessment.
 * <p>
 * Both a preview and an import read the file with an {@link ImportPlan}, which finds what
 * it changes; a preview only counts those changes, an import hands them to an
 * {@link ImportWriter}, in one transaction. Either stops at the first bad row, naming its
 * line and column, and then nothing is stored. A commitment, or a member's or plan's own
 * fields, edited in the portal since the last import is a conflict: reported, not
 * overwritten. Rows stream through in chunks, so memory stays bounded whatever the file's
 * size.
 * <p>
 * Each member in the file records where its data comes from: the file's name, the day,
 * how many of its commitments and which plans the file holds, and whether the file holds
 * only its parliament commitments, which it does when every row of the file is tagged
 * with one of {@link OgpSheet#PARLIAMENT_AREAS} (OGP's open-parliament export; its full
 * sheet has many rows without). Importing the same file again leaves that record, day
 * included, as it was unless the file changed something of the member.
 */
@Service
class OgpImporter {

	/** What the audit trail calls an import of the sheet. */
	static final String AUDIT_SUBJECT = "OGP commitment sheet";

	/** What the audit trail calls a commitment, as the admin forms record it. */
	static final String AUDIT_COMMITMENT = "Commitment";

	private static final Logger log = LoggerFactory.getLogger(OgpImporter.class);

	private final ImportStore store;

	private final TransactionTemplate writing;

	private final TransactionTemplate reading;

	private final Clock clock;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final ReentrantLock lock = new ReentrantLock();

	private final ImportLimits limits;

	private final GrowingTables tables;

	OgpImporter(ImportStore store, PlatformTransactionManager transactions, ObjectProvider<Clock> clock,
			AuditTrail audit, PortalProperties properties, ApplicationEventPublisher events, GrowingTables tables) {
		this.limits = properties.importLimits();
		this.tables = tables;
		this.store = store;
		this.writing = new TransactionTemplate(transactions);
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.audit = audit;
		this.events = events;
	}

	/**
	 * What importing the file would do, without writing anything.
	 * @throws ImportRejectedException when the file cannot be imported
	 */
	ImportReport preview(Path file, String fileName) {
		return this.reading
			.execute((status) -> plan(ImportChanges.NONE, this.clock.instant()).run(file, fileName, false));
	}

	/**
	 * Imports the file in one transaction and records the import in the audit trail: who
	 * (the signed-in user), when, which file (name and SHA-256), what changed.
	 * @throws ImportRejectedException when the file cannot be imported; nothing is stored
	 * then
	 */
	ImportReport apply(Path file, String fileName) {
		return apply(file, fileName, null);
	}

	/**
	 * Imports the file as {@link #apply(Path, String)} does, if it makes the changes a
	 * preview found (its {@link ImportReport#changeSet()}); else stores nothing.
	 * @param previewed the change set previewed, or null to apply whatever the file
	 * changes
	 * @throws ChangedSincePreviewException when the file now makes other changes
	 */
	ImportReport apply(Path file, String fileName, String previewed) {
		if (!this.lock.tryLock()) {
			throw anotherImportRuns();
		}
		try {
			long start = System.nanoTime();
			long[] written = new long[1];
			ImportReport imported = this.writing.execute((status) -> {
				if (!this.store.lockImports()) {
					throw anotherImportRuns();
				}
				Instant now = this.clock.instant();
				ImportWriter writer = new ImportWriter(this.store, this.audit, now, this.events);
				ImportReport report = plan(writer, now).run(file, fileName, true);
				if (previewed != null && !previewed.equals(report.changeSet())) {
					// Thrown in the transaction, so that what was written is rolled back.
					throw new ChangedSincePreviewException();
				}
				this.audit.record(AuditAction.IMPORT, AUDIT_SUBJECT, abbreviate(fileName, 200), null, null,
						report.auditValues());
				this.events.publishEvent(MemberContentChanged.everyMember());
				this.events.publishEvent(writer.imported());
				written[0] = System.nanoTime();
				return report;
			});
			log.info("Imported {}: read and written in {} ms, committed (search index included) in {} ms", fileName,
					(written[0] - start) / 1_000_000, (System.nanoTime() - written[0]) / 1_000_000);
			return imported;
		}
		finally {
			this.lock.unlock();
		}
	}

	/** A pass over a file that hands its changes to these. */
	private ImportPlan plan(ImportChanges changes, Instant now) {
		return new ImportPlan(this.store, this.tables, this.limits, LocalDate.ofInstant(now, ZoneOffset.UTC), changes);
	}

	/**
	 * The file no longer makes the changes previewed: the portal's data changed in
	 * between (an edit, another import). Nothing was stored.
	 */
	static class ChangedSincePreviewException extends ImportRejectedException {

		ChangedSincePreviewException() {
			super(0, null, "The data changed since the preview; nothing was imported. Check the new preview.");
		}

	}

	private static ImportRejectedException anotherImportRuns() {
		return new ImportRejectedException(0, null, "Another import is running; try again when it has finished.");
	}

	static String abbreviate(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length - 1) + "…";
	}

}

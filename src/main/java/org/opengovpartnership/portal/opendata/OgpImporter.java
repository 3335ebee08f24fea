package org.opengovpartnership.portal.opendata;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

import org.opengovpartnership.portal.audit.AuditAction;
import org.opengovpartnership.portal.audit.AuditTrail;
import org.opengovpartnership.portal.commitment.Commitment;
import org.opengovpartnership.portal.country.Country;
import org.opengovpartnership.portal.opendata.ImportReport.Conflict;
import org.opengovpartnership.portal.opendata.ImportReport.Counts;
import org.opengovpartnership.portal.opendata.ImportReport.HeldBack;
import org.opengovpartnership.portal.opendata.ImportStore.FileSource;
import org.opengovpartnership.portal.opendata.ImportStore.MemberRow;
import org.opengovpartnership.portal.opendata.ImportStore.PlanRow;
import org.opengovpartnership.portal.opendata.ImportStore.Source;
import org.opengovpartnership.portal.opendata.ImportStore.Write;
import org.opengovpartnership.portal.system.MemberContentChanged;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports OGP's commitment sheet: creates or updates members (by ISO3 code or name), their action plans (by
 * number), commitments (by identifier) with their policy-area tags and IRM assessment.
 * <p>
 * A preview reads the whole file and counts what would change without writing; applying does the same and writes,
 * in one transaction. Either stops at the first bad row, naming its line and column, and then nothing is stored. A
 * commitment, or a member's or plan's own fields, edited in the portal since the last import is a conflict:
 * reported, not overwritten. Rows stream
 * through in chunks, so memory stays bounded whatever the file's size.
 * <p>
 * Each member in the file records where its data comes from: the file's name, the day, how many of its commitments
 * and which plans the file holds, and whether the file holds only its parliament commitments, which it does when
 * every row of the file is tagged with one of {@link OgpSheet#PARLIAMENT_AREAS} (OGP's open-parliament export; its
 * full sheet has many rows without). Importing the same file again leaves that record, day included, as it was
 * unless the file changed something of the member.
 */
@Service
@EnableConfigurationProperties(ImportLimits.class)
class OgpImporter {

	/** What the audit trail calls an import of the sheet. */
	static final String AUDIT_SUBJECT = "OGP commitment sheet";

	/** What the audit trail calls a commitment, as the admin forms record it. */
	static final String AUDIT_COMMITMENT = "Commitment";

	/** Rows read, compared and written together. */
	static final int CHUNK = 500;

	private final ImportStore store;

	private final TransactionTemplate writing;

	private final TransactionTemplate reading;

	private final Clock clock;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final ReentrantLock lock = new ReentrantLock();

	private final ImportLimits limits;

	OgpImporter(ImportStore store, PlatformTransactionManager transactions, ObjectProvider<Clock> clock,
			AuditTrail audit, ImportLimits limits, ApplicationEventPublisher events) {
		this.limits = limits;
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
		return this.reading.execute((status) -> new Run(false).run(file, fileName));
	}

	/**
	 * Imports the file in one transaction and records the import in the audit trail: who (the signed-in user), when,
	 * which file (name and SHA-256), what changed.
	 * @throws ImportRejectedException when the file cannot be imported; nothing is stored then
	 */
	ImportReport apply(Path file, String fileName) {
		if (!this.lock.tryLock()) {
			throw anotherImportRuns();
		}
		try {
			return this.writing.execute((status) -> {
				if (!this.store.lockImports()) {
					throw anotherImportRuns();
				}
				ImportReport report = new Run(true).run(file, fileName);
				this.audit.record(AuditAction.IMPORT, AUDIT_SUBJECT, abbreviate(fileName, 200), null, null,
						report.auditValues());
				this.events.publishEvent(MemberContentChanged.everyMember());
				return report;
			});
		}
		finally {
			this.lock.unlock();
		}
	}

	private static ImportRejectedException anotherImportRuns() {
		return new ImportRejectedException(0, null, "Another import is running; try again when it has finished.");
	}

	private static String abbreviate(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length - 1) + "…";
	}

	private enum Outcome {

		CREATED, UPDATED, UNCHANGED, CONFLICT

	}

	/** A member as the file and the database give it. */
	private static final class MemberState {

		Long id;

		final String slug;

		final MemberRow stored;

		MemberRow given;

		long firstLine;

		Outcome outcome;

		final Map<Integer, PlanState> plans = new HashMap<>();

		/** How many of the file's rows are the member's, and the numbers of their plans. */
		int rows;

		final java.util.SortedSet<Integer> planNumbers = new java.util.TreeSet<>();

		/** Whether this import creates or updates the member, one of its plans or one of its commitments. */
		boolean changed;

		MemberState(MemberRow stored, String slug) {
			this.stored = stored;
			this.id = (stored != null) ? stored.id() : null;
			this.slug = slug;
		}

	}

	/** An action plan as the file and the database give it. */
	private static final class PlanState {

		Long id;

		final int number;

		final PlanRow stored;

		int startYear;

		int endYear;

		long firstLine;

		Outcome outcome;

		PlanState(int number, PlanRow stored) {
			this.number = number;
			this.stored = stored;
			this.id = (stored != null) ? stored.id() : null;
		}

	}

	private record Pending(long line, CommitmentValues values, String cells, String hash, PlanState plan,
			MemberState member) {
	}

	/** One pass over a file. */
	private final class Run {

		private final boolean write;

		private final Instant now = OgpImporter.this.clock.instant();

		private final Map<String, MemberState> byCode = new HashMap<>();

		private final Map<String, MemberState> byName = new HashMap<>();

		private final Map<String, MemberState> bySlug = new HashMap<>();

		private final List<MemberState> members = new ArrayList<>();

		private final Map<String, Long> policyAreas;

		private final Map<String, Long> lineOfCode = new HashMap<>();

		private final List<Pending> pending = new ArrayList<>(CHUNK);

		private final List<Conflict> conflicts = new ArrayList<>();

		private final List<HeldBack> heldBack = new ArrayList<>();

		private final List<String> updatedCodes = new ArrayList<>();

		private int created;

		private int updated;

		private int unchanged;

		private int conflicted;

		/** Whether every row so far is tagged as a parliament's commitment. */
		private boolean parliamentOnly = true;

		Run(boolean write) {
			this.write = write;
			for (MemberRow row : OgpImporter.this.store.members()) {
				MemberState member = new MemberState(row, row.slug());
				this.members.add(member);
				index(member, row.iso3(), row.name());
			}
			Map<Long, MemberState> byId = new HashMap<>();
			this.members.forEach((member) -> byId.put(member.id, member));
			for (PlanRow plan : OgpImporter.this.store.plans()) {
				byId.get(plan.countryId()).plans.put(plan.number(), new PlanState(plan.number(), plan));
			}
			this.policyAreas = OgpImporter.this.store.policyAreas();
		}

		ImportReport run(Path file, String fileName) {
			OgpFile.Read read = OgpFile.read(file, OgpImporter.this.limits, this::row);
			flush();
			if (this.write) {
				recordSources(fileName);
			}
			return new ImportReport(fileName, read.sha256(), read.rows(), count(this.members.stream().map((m) -> m.outcome).toList()),
					count(this.members.stream().flatMap((m) -> m.plans.values().stream()).map((p) -> p.outcome).toList()),
					new Counts(this.created, this.updated, this.unchanged, this.conflicted), List.copyOf(this.updatedCodes),
					List.copyOf(this.conflicts), List.copyOf(this.heldBack), this.write);
		}

		private void row(long line, String[] cells) {
			// Undoes the export's neutralised formulas, so that an export imports unchanged.
			FormulaCells.restore(cells);
			OgpRowValidator.validate(line, cells);
			CommitmentValues values = OgpMapping.read(cells);
			Long earlier = this.lineOfCode.putIfAbsent(values.code(), line);
			if (earlier != null) {
				throw new ImportRejectedException(line, OgpSheet.CODE,
						"\u201c" + values.code() + "\u201d is on line " + earlier + " already; identifiers are unique.");
			}
			MemberState member = member(line, values);
			PlanState plan = plan(line, member, values);
			member.rows++;
			member.planNumbers.add(plan.number);
			this.parliamentOnly = this.parliamentOnly && OgpSheet.isParliamentRow(cells);
			String kept = OgpMapping.toJson(OgpMapping.compact(cells, values));
			this.pending.add(new Pending(line, values, kept, OgpMapping.hash(values, kept), plan, member));
			if (this.pending.size() >= CHUNK) {
				flush();
			}
		}

		private MemberState member(long line, CommitmentValues values) {
			MemberState member = null;
			if (values.memberCode() != null) {
				member = this.byCode.get(values.memberCode().toUpperCase(Locale.ROOT));
			}
			if (member == null) {
				member = this.byName.get(values.memberName().toLowerCase(Locale.ROOT));
			}
			if (member == null) {
				member = this.bySlug.get(Country.slugOf(values.memberName()));
			}
			if (member == null) {
				member = new MemberState(null, newSlug(values));
				this.members.add(member);
				this.bySlug.put(member.slug, member);
			}
			MemberRow given = new MemberRow(member.id, member.slug, values.memberName(), values.memberCode(),
					values.region(), values.level(), null, null);
			if (member.outcome == null) {
				member.given = given;
				member.firstLine = line;
				index(member, given.iso3(), given.name());
				boolean fieldsDiffer = member.stored != null && differs(member.stored, given);
				if (member.stored == null) {
					member.outcome = Outcome.CREATED;
					if (this.write) {
						member.id = OgpImporter.this.store.insertMember(given);
					}
				}
				else if (fieldsDiffer && member.stored.editedSinceImport()) {
					// Edited in the portal (or seeded) since the last import: kept; its commitments still import.
					member.outcome = Outcome.CONFLICT;
					heldBack(new HeldBack(line, given.name(), null));
				}
				else if (fieldsDiffer) {
					member.outcome = Outcome.UPDATED;
					if (this.write) {
						OgpImporter.this.store.updateMember(given);
					}
				}
				else {
					member.outcome = Outcome.UNCHANGED;
					if (this.write && member.stored.editedSinceImport()) {
						OgpImporter.this.store.markMemberImported(given);
					}
				}
				member.changed = member.outcome == Outcome.CREATED || member.outcome == Outcome.UPDATED;
			}
			else {
				String column = differingColumn(member.given, given);
				if (column != null) {
					throw new ImportRejectedException(line, column, "line " + member.firstLine
							+ " gives this member (" + member.given.name() + ") otherwise; a member's cells must agree.");
				}
			}
			return member;
		}

		private void heldBack(HeldBack record) {
			if (this.heldBack.size() < ImportReport.MAX_LISTED) {
				this.heldBack.add(record);
			}
		}

		private void index(MemberState member, String code, String name) {
			if (code != null) {
				this.byCode.putIfAbsent(code.toUpperCase(Locale.ROOT), member);
			}
			this.byName.putIfAbsent(name.toLowerCase(Locale.ROOT), member);
			this.bySlug.putIfAbsent(member.slug, member);
		}

		private String newSlug(CommitmentValues values) {
			String base = Country.slugOf(values.memberName());
			String slug = base;
			for (int n = 2; this.bySlug.containsKey(slug); n++) {
				slug = base + "-" + n;
			}
			return slug;
		}

		private static boolean differs(MemberRow stored, MemberRow given) {
			return !Objects.equals(stored.name(), given.name()) || !Objects.equals(stored.iso3(), given.iso3())
					|| !Objects.equals(stored.region(), given.region()) || stored.level() != given.level();
		}

		private static String differingColumn(MemberRow first, MemberRow given) {
			if (!Objects.equals(first.name(), given.name())) {
				return OgpSheet.MEMBER;
			}
			if (!Objects.equals(first.iso3(), given.iso3())) {
				return OgpSheet.MEMBER_CODE;
			}
			if (!Objects.equals(first.region(), given.region())) {
				return OgpSheet.REGION;
			}
			return (first.level() != given.level()) ? OgpSheet.LEVEL : null;
		}

		private PlanState plan(long line, MemberState member, CommitmentValues values) {
			PlanState plan = member.plans.computeIfAbsent(values.planNumber(), (number) -> new PlanState(number, null));
			if (plan.outcome == null) {
				plan.startYear = values.planStartYear();
				plan.endYear = values.planEndYear();
				plan.firstLine = line;
				PlanRow given = new PlanRow(plan.id, (member.id != null) ? member.id : 0, plan.number, plan.startYear,
						plan.endYear, null);
				boolean yearsDiffer = plan.stored != null
						&& (plan.stored.startYear() != plan.startYear || plan.stored.endYear() != plan.endYear);
				if (plan.stored == null) {
					plan.outcome = Outcome.CREATED;
					if (this.write) {
						plan.id = OgpImporter.this.store.insertPlan(given);
					}
				}
				else if (yearsDiffer && plan.stored.editedSinceImport()) {
					plan.outcome = Outcome.CONFLICT;
					heldBack(new HeldBack(line, member.given.name(), plan.number));
				}
				else if (yearsDiffer) {
					plan.outcome = Outcome.UPDATED;
					if (this.write) {
						OgpImporter.this.store.updatePlan(given);
					}
				}
				else {
					plan.outcome = Outcome.UNCHANGED;
					if (this.write && plan.stored.editedSinceImport()) {
						OgpImporter.this.store.markPlanImported(given);
					}
				}
				member.changed |= plan.outcome == Outcome.CREATED || plan.outcome == Outcome.UPDATED;
			}
			else if (plan.startYear != values.planStartYear() || plan.endYear != values.planEndYear()) {
				String column = (plan.startYear != values.planStartYear()) ? OgpSheet.START_YEAR : OgpSheet.END_YEAR;
				throw new ImportRejectedException(line, column,
						"line " + plan.firstLine + " gives action plan " + plan.number + " of " + member.given.name()
								+ " the years " + plan.startYear + "-" + plan.endYear + "; a plan's rows must agree.");
			}
			return plan;
		}

		/** Compares the pending rows with the commitments stored under their identifiers, and writes the changes. */
		private void flush() {
			if (this.pending.isEmpty()) {
				return;
			}
			Map<String, Commitment> existing = new HashMap<>();
			for (Commitment commitment : OgpImporter.this.store
				.commitments(this.pending.stream().map((row) -> row.values().code()).toList())) {
				existing.put(commitment.getCode(), commitment);
			}
			Map<Long, Source> sources = OgpImporter.this.store
				.sources(existing.values().stream().map(Commitment::getId).toList());
			List<Pending> creates = new ArrayList<>();
			List<Write> updates = new ArrayList<>();
			Map<Commitment, CommitmentValues> changed = new LinkedHashMap<>();
			List<Write> rebaselines = new ArrayList<>();
			for (Pending row : this.pending) {
				Commitment commitment = existing.get(row.values().code());
				if (commitment == null) {
					this.created++;
					creates.add(row);
					row.member().changed = true;
					continue;
				}
				Source source = sources.get(commitment.getId());
				CommitmentValues current = OgpMapping.of(commitment);
				boolean samePlan = row.plan().id != null && row.plan().id.equals(commitment.getActionPlan().getId());
				Write write = new Write(commitment.getId(), (row.plan().id != null) ? row.plan().id : 0, row.values(),
						row.cells(), row.hash());
				if (source != null && source.importHash().equals(OgpMapping.hash(current, source.cells()))) {
					if (samePlan && row.hash().equals(source.importHash())) {
						this.unchanged++;
					}
					else {
						this.updated++;
						row.member().changed = true;
						updates.add(write);
						changed.put(commitment, row.values());
						if (this.updatedCodes.size() < ImportReport.MAX_LISTED) {
							this.updatedCodes.add(commitment.getCode());
						}
					}
				}
				else if (samePlan && OgpMapping.hash(current, null).equals(OgpMapping.hash(row.values(), null))) {
					// Edited in the portal (or never imported) to what the file says: nothing to change, but from
					// now on this is the import to compare with.
					this.unchanged++;
					rebaselines.add(write);
				}
				else {
					this.conflicted++;
					if (this.conflicts.size() < ImportReport.MAX_LISTED) {
						this.conflicts.add(new Conflict(row.line(), commitment.getCode(), commitment.getTitle(),
								commitment.getActionPlan().getCountry().getName()));
					}
				}
			}
			if (this.write) {
				save(creates, updates, rebaselines);
				audit(changed);
			}
			OgpImporter.this.store.clear();
			this.pending.clear();
		}

		/**
		 * Records where each member of the file now has its data from; a member the file changed nothing of keeps
		 * the record of the same file as it was, day included.
		 */
		private void recordSources(String fileName) {
			Map<Long, FileSource> sources = new LinkedHashMap<>();
			for (MemberState member : this.members) {
				if (member.outcome == null) {
					continue;
				}
				FileSource source = new FileSource(abbreviate(fileName, 500), member.rows,
						member.planNumbers.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")),
						this.parliamentOnly);
				if (member.changed || member.stored == null || !source.equals(member.stored.source())) {
					sources.put(member.id, source);
				}
			}
			OgpImporter.this.store.recordSources(sources, LocalDate.ofInstant(this.now, ZoneOffset.UTC));
		}

		private void save(List<Pending> creates, List<Write> updates, List<Write> rebaselines) {
			ImportStore store = OgpImporter.this.store;
			List<Write> inserts = creates.stream()
				.map((row) -> new Write(null, row.plan().id, row.values(), row.cells(), row.hash()))
				.toList();
			Map<String, Long> ids = store.insertCommitments(inserts, this.now);
			List<Write> written = new ArrayList<>(updates);
			for (Write insert : inserts) {
				written.add(new Write(ids.get(insert.values().code()), insert.planId(), insert.values(),
						insert.cells(), insert.hash()));
			}
			store.updateCommitments(updates, this.now);
			List<long[]> links = new ArrayList<>();
			for (Write write : written) {
				for (String area : write.values().policyAreas()) {
					links.add(new long[] { write.id(), policyArea(area) });
				}
			}
			List<Long> sheetAreas = OgpSheet.POLICY_AREAS.stream()
				.map(this.policyAreas::get)
				.filter(Objects::nonNull)
				.toList();
			store.replacePolicyAreas(updates.stream().map(Write::id).toList(), sheetAreas, links);
			written.addAll(rebaselines);
			store.replaceSources(written, this.now);
		}

		/**
		 * Records each updated commitment's change, as the admin form does, so that its public history shows what
		 * the import changed; creations are in the import's own event.
		 */
		private void audit(Map<Commitment, CommitmentValues> changed) {
			OgpImporter.this.store.loadMilestones(changed.keySet());
			changed.forEach((commitment, values) -> {
				Map<String, Object> before = commitment.snapshot();
				OgpImporter.this.audit.record(AuditAction.UPDATE, AUDIT_COMMITMENT, commitment.getCode(),
						commitment.getActionPlan().getCountry().getSlug(), before,
						OgpMapping.snapshotAfter(before, values));
			});
		}

		private long policyArea(String name) {
			return this.policyAreas.computeIfAbsent(name, OgpImporter.this.store::insertPolicyArea);
		}

		private static Counts count(List<Outcome> outcomes) {
			Map<Outcome, Integer> counts = new LinkedHashMap<>();
			for (Outcome outcome : outcomes) {
				if (outcome != null) {
					counts.merge(outcome, 1, Integer::sum);
				}
			}
			return new Counts(counts.getOrDefault(Outcome.CREATED, 0), counts.getOrDefault(Outcome.UPDATED, 0),
					counts.getOrDefault(Outcome.UNCHANGED, 0), counts.getOrDefault(Outcome.CONFLICT, 0));
		}

	}

}

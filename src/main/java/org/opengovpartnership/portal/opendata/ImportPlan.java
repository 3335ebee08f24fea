package org.opengovpartnership.portal.opendata;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.opengovpartnership.portal.commitment.Commitment;
import org.opengovpartnership.portal.member.Member;
import org.opengovpartnership.portal.opendata.ImportChanges.CommitmentChanges;
import org.opengovpartnership.portal.opendata.ImportChanges.MemberState;
import org.opengovpartnership.portal.opendata.ImportChanges.Outcome;
import org.opengovpartnership.portal.opendata.ImportChanges.PlanState;
import org.opengovpartnership.portal.opendata.ImportChanges.Row;
import org.opengovpartnership.portal.opendata.ImportReport.Conflict;
import org.opengovpartnership.portal.opendata.ImportReport.Counts;
import org.opengovpartnership.portal.opendata.ImportReport.HeldBack;
import org.opengovpartnership.portal.opendata.ImportStore.FileSource;
import org.opengovpartnership.portal.opendata.ImportStore.MemberRow;
import org.opengovpartnership.portal.opendata.ImportStore.PlanRow;
import org.opengovpartnership.portal.opendata.ImportStore.Source;
import org.opengovpartnership.portal.system.PortalProperties.ImportLimits;

/**
 * One pass over a file: matches its rows with the stored members, plans and commitments,
 * finds what they change and what conflicts, and hands each change to an
 * {@link ImportChanges} as it is found, commitments in chunks of {@link #CHUNK} rows, so
 * that memory stays bounded whatever the file's size. It reads the database and writes
 * nothing itself: a preview and an import take the same changes, and only the import's
 * {@link ImportWriter} writes them.
 */
final class ImportPlan {

	/** Rows read, compared and written together. */
	static final int CHUNK = 500;

	private final ImportStore store;

	private final GrowingTables tables;

	private final ImportLimits limits;

	private final LocalDate day;

	/** The changes found, fingerprinted on their way to whoever takes them. */
	private final ChangeSetDigest changes;

	private final Map<String, MemberState> byCode = new HashMap<>();

	private final Map<String, MemberState> byName = new HashMap<>();

	private final Map<String, MemberState> bySlug = new HashMap<>();

	private final List<MemberState> members = new ArrayList<>();

	private final Map<String, Long> lineOfCode = new HashMap<>();

	private final List<Row> pending = new ArrayList<>(CHUNK);

	private final List<Conflict> conflicts = new ArrayList<>();

	private final List<HeldBack> heldBack = new ArrayList<>();

	private final List<String> updatedCodes = new ArrayList<>();

	private int created;

	private int updated;

	private int unchanged;

	private int conflicted;

	/** Whether every row so far is tagged as a parliament's commitment. */
	private boolean parliamentOnly = true;

	ImportPlan(ImportStore store, GrowingTables tables, ImportLimits limits, LocalDate day, ImportChanges changes) {
		this.store = store;
		this.tables = tables;
		this.limits = limits;
		this.day = day;
		this.changes = new ChangeSetDigest(changes);
		for (MemberRow row : store.members()) {
			MemberState member = new MemberState(row, row.slug());
			this.members.add(member);
			index(member, row.iso3(), row.name());
		}
		Map<Long, MemberState> byId = new HashMap<>();
		this.members.forEach((member) -> byId.put(member.id, member));
		for (PlanRow plan : store.plans()) {
			byId.get(plan.memberId()).plans.put(plan.number(), new PlanState(plan.number(), plan));
		}
	}

	/**
	 * Reads the file and hands its changes over.
	 * @param applied whether the changes are being written, as the report says
	 * @throws ImportRejectedException at the first bad row
	 */
	ImportReport run(Path file, String fileName, boolean applied) {
		OgpFile.Read read = OgpFile.read(file, this.limits, this::row);
		flush();
		this.changes.sources(sources(fileName), this.day);
		return new ImportReport(fileName, read.sha256(), read.rows(),
				count(this.members.stream().map((m) -> m.outcome).toList()),
				count(this.members.stream().flatMap((m) -> m.plans.values().stream()).map((p) -> p.outcome).toList()),
				new Counts(this.created, this.updated, this.unchanged, this.conflicted), List.copyOf(this.updatedCodes),
				List.copyOf(this.conflicts), List.copyOf(this.heldBack), this.changes.value(), applied);
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
		this.pending.add(new Row(line, values, kept, OgpMapping.hash(values, kept), plan, member));
		if (this.pending.size() >= CHUNK) {
			flush();
		}
	}

	private MemberState member(long line, CommitmentValues values) {
		MemberState member = find(values);
		MemberRow given = new MemberRow(member.id, member.slug, values.memberName(), values.memberCode(),
				values.region(), values.level(), null, null);
		if (member.outcome != null) {
			String column = differingColumn(member.given, given);
			if (column != null) {
				throw new ImportRejectedException(line, column, "line " + member.firstLine + " gives this member ("
						+ member.given.name() + ") otherwise; a member's cells must agree.");
			}
			return member;
		}
		member.given = given;
		member.firstLine = line;
		index(member, given.iso3(), given.name());
		boolean fieldsDiffer = member.stored != null && differingColumn(member.stored, given) != null;
		if (member.stored == null) {
			member.outcome = Outcome.CREATED;
		}
		else if (fieldsDiffer && member.stored.editedSinceImport()) {
			// Edited in the portal (or seeded) since the last import: kept; its
			// commitments still import.
			member.outcome = Outcome.CONFLICT;
			heldBack(new HeldBack(line, given.name(), null));
		}
		else {
			member.outcome = fieldsDiffer ? Outcome.UPDATED : Outcome.UNCHANGED;
		}
		member.changed = member.outcome == Outcome.CREATED || member.outcome == Outcome.UPDATED;
		this.changes.member(member);
		return member;
	}

	/**
	 * The member a row names: by ISO3 code, else by name, else by slug; a new one when
	 * none matches.
	 */
	private MemberState find(CommitmentValues values) {
		MemberState member = null;
		if (values.memberCode() != null) {
			member = this.byCode.get(values.memberCode().toUpperCase(Locale.ROOT));
		}
		if (member == null) {
			member = this.byName.get(values.memberName().toLowerCase(Locale.ROOT));
		}
		if (member == null) {
			member = this.bySlug.get(Member.slugOf(values.memberName()));
		}
		if (member == null) {
			member = new MemberState(null, newSlug(values));
			this.members.add(member);
			this.bySlug.put(member.slug, member);
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
		String base = Member.slugOf(values.memberName());
		String slug = base;
		for (int n = 2; this.bySlug.containsKey(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	/**
	 * The first column whose cell gives the member otherwise, or null when they agree.
	 */
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
		if (plan.outcome != null) {
			if (plan.startYear != values.planStartYear() || plan.endYear != values.planEndYear()) {
				String column = (plan.startYear != values.planStartYear()) ? OgpSheet.START_YEAR : OgpSheet.END_YEAR;
				throw new ImportRejectedException(line, column,
						"line " + plan.firstLine + " gives action plan " + plan.number + " of " + member.given.name()
								+ " the years " + plan.startYear + "-" + plan.endYear + "; a plan's rows must agree.");
			}
			return plan;
		}
		plan.startYear = values.planStartYear();
		plan.endYear = values.planEndYear();
		plan.firstLine = line;
		boolean yearsDiffer = plan.stored != null
				&& (plan.stored.startYear() != plan.startYear || plan.stored.endYear() != plan.endYear);
		if (plan.stored == null) {
			plan.outcome = Outcome.CREATED;
		}
		else if (yearsDiffer && plan.stored.editedSinceImport()) {
			plan.outcome = Outcome.CONFLICT;
			heldBack(new HeldBack(line, member.given.name(), plan.number));
		}
		else {
			plan.outcome = yearsDiffer ? Outcome.UPDATED : Outcome.UNCHANGED;
		}
		member.changed |= plan.outcome == Outcome.CREATED || plan.outcome == Outcome.UPDATED;
		this.changes.plan(member, plan);
		return plan;
	}

	/**
	 * Compares the pending rows with the commitments stored under their identifiers, and
	 * hands the changes over.
	 */
	private void flush() {
		if (this.pending.isEmpty()) {
			return;
		}
		Map<String, Commitment> existing = new HashMap<>();
		List<String> codes = this.pending.stream().map((row) -> row.values().code()).toList();
		for (Commitment commitment : this.tables.planned(() -> this.store.commitments(codes))) {
			existing.put(commitment.getCode(), commitment);
		}
		List<Long> ids = existing.values().stream().map(Commitment::getId).toList();
		Map<Long, Source> sources = this.tables.planned(() -> this.store.sources(ids));
		CommitmentChanges chunk = new CommitmentChanges(new ArrayList<>(), new LinkedHashMap<>(),
				new LinkedHashMap<>());
		for (Row row : this.pending) {
			Commitment commitment = existing.get(row.values().code());
			if (commitment == null) {
				this.created++;
				chunk.creates().add(row);
				row.member().changed = true;
				continue;
			}
			Source source = sources.get(commitment.getId());
			CommitmentValues current = OgpMapping.of(commitment);
			boolean samePlan = row.plan().id != null && row.plan().id.equals(commitment.getActionPlan().getId());
			if (source != null && source.importHash().equals(OgpMapping.hash(current, source.cells()))) {
				if (samePlan && row.hash().equals(source.importHash())) {
					this.unchanged++;
				}
				else {
					this.updated++;
					row.member().changed = true;
					chunk.updates().put(commitment, row);
					if (this.updatedCodes.size() < ImportReport.MAX_LISTED) {
						this.updatedCodes.add(commitment.getCode());
					}
				}
			}
			else if (samePlan && OgpMapping.hash(current, null).equals(OgpMapping.hash(row.values(), null))) {
				// Edited in the portal (or never imported) to what the file says: nothing
				// to change, but from now on
				// this is the import to compare with.
				this.unchanged++;
				chunk.rebaselines().put(commitment.getId(), row);
			}
			else {
				this.conflicted++;
				if (this.conflicts.size() < ImportReport.MAX_LISTED) {
					this.conflicts.add(new Conflict(row.line(), commitment.getCode(), commitment.getTitle(),
							commitment.getActionPlan().getMember().getName()));
				}
			}
		}
		this.changes.commitments(chunk);
		this.store.clear();
		this.pending.clear();
	}

	/**
	 * Where each member of the file now has its data from; a member the file changed
	 * nothing of keeps the record of the same file as it was, day included, so it is left
	 * out.
	 */
	private Map<MemberState, FileSource> sources(String fileName) {
		Map<MemberState, FileSource> sources = new LinkedHashMap<>();
		for (MemberState member : this.members) {
			if (member.outcome == null) {
				continue;
			}
			FileSource source = new FileSource(OgpImporter.abbreviate(fileName, 500), member.rows,
					member.planNumbers.stream().map(String::valueOf).collect(Collectors.joining(",")),
					this.parliamentOnly);
			if (member.changed || member.stored == null || !source.equals(member.stored.source())) {
				sources.put(member, source);
			}
		}
		return sources;
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

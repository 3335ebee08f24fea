package org.opengovpartnership.portal.opendata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.opengovpartnership.portal.audit.AuditAction;
import org.opengovpartnership.portal.audit.AuditTrail;
import org.opengovpartnership.portal.commitment.Commitment;
import org.opengovpartnership.portal.commitment.CommitmentDetails;
import org.opengovpartnership.portal.commitment.CommitmentsImported;
import org.opengovpartnership.portal.commitment.CommitmentsWritten;
import org.opengovpartnership.portal.commitment.IndexedCommitment;
import org.opengovpartnership.portal.commitment.PolicyArea;
import org.opengovpartnership.portal.opendata.ImportStore.FileSource;
import org.opengovpartnership.portal.opendata.ImportStore.MemberRow;
import org.opengovpartnership.portal.opendata.ImportStore.PlanRow;
import org.opengovpartnership.portal.opendata.ImportStore.Write;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Writes the changes an {@link ImportPlan} finds, in the import's transaction, and
 * records each updated commitment's change in the audit trail as the admin form does.
 */
final class ImportWriter implements ImportChanges {

	private final ImportStore store;

	private final AuditTrail audit;

	private final Instant now;

	/** The commitments created or updated so far, for the search index. */
	private final Set<Long> writtenIds = new HashSet<>();

	/**
	 * The members whose own fields or plans changed so far: the index holds those values
	 * in every commitment of theirs.
	 */
	private final Set<String> changedMembers = new HashSet<>();

	/** The policy areas by name, with those this import creates. */
	private final Map<String, Long> policyAreas;

	/**
	 * Hears each part written, for the search index to analyse while the import goes on.
	 */
	private final ApplicationEventPublisher events;

	ImportWriter(ImportStore store, AuditTrail audit, Instant now, ApplicationEventPublisher events) {
		this.store = store;
		this.audit = audit;
		this.now = now;
		this.events = events;
		this.policyAreas = store.policyAreas();
	}

	@Override
	public void member(MemberState member) {
		switch (member.outcome) {
			case CREATED -> member.id = this.store.insertMember(member.given);
			case UPDATED -> {
				this.store.updateMember(member.given);
				this.changedMembers.add(member.slug);
			}
			case UNCHANGED -> {
				if (member.stored.editedSinceImport()) {
					this.store.markMemberImported(member.given);
				}
			}
			case CONFLICT -> {
			}
		}
	}

	@Override
	public void plan(MemberState member, PlanState plan) {
		PlanRow given = new PlanRow(plan.id, member.id, plan.number, plan.startYear, plan.endYear, null);
		switch (plan.outcome) {
			case CREATED -> plan.id = this.store.insertPlan(given);
			case UPDATED -> {
				this.store.updatePlan(given);
				this.changedMembers.add(member.slug);
			}
			case UNCHANGED -> {
				if (plan.stored.editedSinceImport()) {
					this.store.markPlanImported(given);
				}
			}
			case CONFLICT -> {
			}
		}
	}

	@Override
	public void commitments(CommitmentChanges changes) {
		List<Write> inserts = changes.creates().stream().map((row) -> write(null, row)).toList();
		Map<String, Long> ids = this.store.insertCommitments(inserts, this.now);
		List<Write> updates = new ArrayList<>();
		changes.updates().forEach((commitment, row) -> updates.add(write(commitment.getId(), row)));
		this.store.updateCommitments(updates, this.now);
		List<Write> written = new ArrayList<>(updates);
		inserts.forEach((insert) -> written.add(write(ids.get(insert.values().code()), insert)));
		List<long[]> links = new ArrayList<>();
		for (Write write : written) {
			this.writtenIds.add(write.id());
			for (String area : write.values().policyAreas()) {
				links.add(new long[] { write.id(), policyArea(area) });
			}
		}
		List<Long> sheetAreas = OgpSheet.POLICY_AREAS.stream()
			.map(this.policyAreas::get)
			.filter(Objects::nonNull)
			.toList();
		this.store.replacePolicyAreas(updates.stream().map(Write::id).toList(), sheetAreas, links);
		if (!written.isEmpty()) {
			List<IndexedCommitment> indexed = new ArrayList<>(written.size());
			changes.updates().forEach((commitment, row) -> indexed.add(indexed(commitment.getId(), row, commitment)));
			changes.creates().forEach((row) -> indexed.add(indexed(ids.get(row.values().code()), row, null)));
			this.events.publishEvent(new CommitmentsWritten(indexed));
		}
		changes.rebaselines().forEach((id, row) -> written.add(write(id, row)));
		this.store.replaceSources(written, this.now);
		audit(changes.updates());
	}

	@Override
	public void sources(Map<MemberState, FileSource> sources, LocalDate day) {
		Map<Long, FileSource> byId = new LinkedHashMap<>();
		sources.forEach((member, source) -> byId.put(member.id, source));
		this.store.recordSources(byId, day);
	}

	/**
	 * Records each updated commitment's change, as the admin form does, so that its
	 * public history shows what the import changed; creations are in the import's own
	 * event.
	 */
	private void audit(Map<Commitment, Row> updated) {
		this.store.loadMilestones(updated.keySet());
		updated.forEach((commitment, row) -> {
			Map<String, Object> before = commitment.snapshot();
			this.audit.record(AuditAction.UPDATE, OgpImporter.AUDIT_COMMITMENT, commitment.getCode(),
					commitment.getActionPlan().getMember().getSlug(), before,
					OgpMapping.snapshotAfter(before, row.values()));
		});
	}

	/**
	 * A commitment written, as the search index would read it back once this import
	 * commits: the member's and plan's fields as stored when the file's conflict with an
	 * edit, and, of an updated commitment, its primary area and the tags outside the
	 * sheet's areas, which the import keeps.
	 */
	private IndexedCommitment indexed(long id, Row row, Commitment stored) {
		CommitmentDetails details = row.values().details();
		MemberRow member = (row.member().outcome == Outcome.CONFLICT) ? row.member().stored : row.member().given;
		PlanState plan = row.plan();
		int year = (plan.outcome == Outcome.CONFLICT) ? plan.stored.startYear() : plan.startYear;
		List<String> tags = new ArrayList<>(row.values().policyAreas());
		String primaryArea = null;
		if (stored != null) {
			stored.getPolicyAreas()
				.stream()
				.map(PolicyArea::getName)
				.filter((area) -> !OgpSheet.POLICY_AREAS.contains(area))
				.forEach(tags::add);
			primaryArea = (stored.getPrimaryPolicyArea() != null) ? stored.getPrimaryPolicyArea().getName() : null;
		}
		return new IndexedCommitment(id, details.code(), details.title(), details.shortTitle(), details.description(),
				details.leadInstitution(), details.supportingInstitutions(), row.member().slug, member.name(),
				member.region(), name(member.level()), plan.number, year, primaryArea, tags, name(details.status()),
				details.irmCompletion(), details.irmPotentialImpact(), details.irmOpenedGovernment(),
				details.irmStarred(), this.now);
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	/** What this import wrote, as the search index needs to know it. */
	CommitmentsImported imported() {
		return new CommitmentsImported(this.writtenIds, this.changedMembers);
	}

	private static Write write(Long id, Row row) {
		return new Write(id, row.plan().id, row.values(), row.cells(), row.hash());
	}

	private static Write write(Long id, Write insert) {
		return new Write(id, insert.planId(), insert.values(), insert.cells(), insert.hash());
	}

	private long policyArea(String name) {
		return this.policyAreas.computeIfAbsent(name, this.store::insertPolicyArea);
	}

}

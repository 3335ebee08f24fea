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
import org.opengovpartnership.portal.commitment.CommitmentsImported;
import org.opengovpartnership.portal.commitment.CommitmentsWritten;
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
		List<Long> writtenIds = new ArrayList<>();
		for (Write write : written) {
			this.writtenIds.add(write.id());
			writtenIds.add(write.id());
			for (String area : write.values().policyAreas()) {
				links.add(new long[] { write.id(), policyArea(area) });
			}
		}
		List<Long> sheetAreas = OgpSheet.POLICY_AREAS.stream()
			.map(this.policyAreas::get)
			.filter(Objects::nonNull)
			.toList();
		this.store.replacePolicyAreas(updates.stream().map(Write::id).toList(), sheetAreas, links);
		if (!writtenIds.isEmpty()) {
			this.events.publishEvent(new CommitmentsWritten(writtenIds));
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

package org.opengovpartnership.portal.opendata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;

import org.opengovpartnership.portal.commitment.Commitment;
import org.opengovpartnership.portal.opendata.ImportStore.FileSource;

/**
 * The fingerprint of a change set, taken while the changes pass to the ones that use
 * them: a preview's is shown with its confirm button, and confirming applies the file
 * only if it finds the very same changes (else the data changed in between and the admin
 * sees the new preview). So what is applied is what was previewed, without keeping a
 * change set of 50,000 rows in memory between the two requests.
 */
final class ChangeSetDigest implements ImportChanges {

	private final ImportChanges next;

	private final MessageDigest sha256;

	ChangeSetDigest(ImportChanges next) {
		this.next = next;
		try {
			this.sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The fingerprint of every change seen, in hexadecimal; asked once, at the end. */
	String value() {
		return HexFormat.of().formatHex(this.sha256.digest());
	}

	@Override
	public void member(MemberState member) {
		add("member", member.slug, member.outcome);
		this.next.member(member);
	}

	@Override
	public void plan(MemberState member, PlanState plan) {
		add("plan", member.slug, plan.number, plan.outcome, plan.startYear, plan.endYear);
		this.next.plan(member, plan);
	}

	@Override
	public void commitments(CommitmentChanges changes) {
		changes.creates().forEach((row) -> add("create", row.line(), row.hash()));
		// Entries in the order of the file's lines: the maps' own order may differ from
		// one pass to the next.
		changes.updates()
			.entrySet()
			.stream()
			.sorted(Comparator.comparingLong((Map.Entry<Commitment, Row> update) -> update.getValue().line()))
			.forEach((update) -> add("update", update.getKey().getId(), update.getKey().getVersion(),
					update.getValue().line(), update.getValue().hash()));
		changes.rebaselines()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach((rebaseline) -> add("rebaseline", rebaseline.getKey(), rebaseline.getValue().hash()));
		this.next.commitments(changes);
	}

	@Override
	public void sources(Map<MemberState, FileSource> sources, LocalDate day) {
		this.next.sources(sources, day);
	}

	private void add(Object... parts) {
		for (Object part : parts) {
			this.sha256.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
			this.sha256.update((byte) 0);
		}
		this.sha256.update((byte) '\n');
	}

}

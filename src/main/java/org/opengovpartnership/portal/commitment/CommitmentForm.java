package org.opengovpartnership.portal.commitment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.opengovpartnership.portal.system.StaleField;

/**
 * What the commitment form edits: the commitment's {@link CommitmentDetails} as they are
 * ({@code details.title}), its plan, policy areas and milestones, and the version, which
 * travels with the form so a save over someone else's newer one is detected.
 * <p>
 * Bound through its constructor; only the version changes afterwards, when a stale save
 * is shown with the stored version.
 */
public class CommitmentForm implements StaleField.Form {

	/**
	 * Blank milestone rows offered for new milestones, so the form works without
	 * JavaScript.
	 */
	static final int BLANK_MILESTONE_ROWS = 3;

	/** What a milestone's "move" button sends: the row's index and the direction. */
	private static final Pattern MOVE = Pattern.compile("(\\d{1,4}):(up|down)");

	@Valid
	private final CommitmentDetails details;

	@NotNull
	private final Long actionPlanId;

	private final Long primaryPolicyAreaId;

	private final List<Long> policyAreaIds;

	@Valid
	private final List<MilestoneForm> milestones;

	private long version;

	public CommitmentForm(CommitmentDetails details, Long actionPlanId, Long primaryPolicyAreaId,
			List<Long> policyAreaIds, List<MilestoneForm> milestones, Long version) {
		this.details = (details != null) ? details : CommitmentDetails.NONE;
		this.actionPlanId = actionPlanId;
		this.primaryPolicyAreaId = primaryPolicyAreaId;
		this.policyAreaIds = (policyAreaIds != null)
				? List.copyOf(policyAreaIds.stream().filter(Objects::nonNull).toList()) : List.of();
		// Mutable, for blank rows and moves; a row the request skipped is null.
		this.milestones = (milestones != null) ? new ArrayList<>(milestones.stream().filter(Objects::nonNull).toList())
				: new ArrayList<>();
		this.version = (version != null) ? version : 0;
	}

	/** An empty form for a new commitment of this plan (null when none is chosen). */
	static CommitmentForm empty(Long actionPlanId) {
		return new CommitmentForm(null, actionPlanId, null, null, null, 0L);
	}

	static CommitmentForm from(Commitment commitment) {
		return new CommitmentForm(commitment.details(), commitment.getActionPlan().getId(),
				(commitment.getPrimaryPolicyArea() != null) ? commitment.getPrimaryPolicyArea().getId() : null,
				commitment.getPolicyAreas().stream().map(PolicyArea::getId).toList(),
				commitment.getMilestones().stream().map(MilestoneForm::from).toList(), commitment.getVersion());
	}

	/**
	 * Adds blank milestone rows, and a blank evidence row to each, so new ones can be
	 * typed in.
	 */
	CommitmentForm withBlankMilestoneRows() {
		this.milestones.forEach((milestone) -> milestone.evidence().add(EvidenceForm.BLANK));
		for (int i = 0; i < BLANK_MILESTONE_ROWS; i++) {
			this.milestones.add(MilestoneForm.blank());
		}
		return this;
	}

	/**
	 * Moves a milestone row one place up or down, as a "move" button asks ("2:up",
	 * "0:down"); returns whether it moved. Anything else (a row past either end, a forged
	 * value) moves nothing.
	 */
	boolean moveMilestone(String move) {
		Matcher parsed = MOVE.matcher(move);
		if (!parsed.matches()) {
			return false;
		}
		int from = Integer.parseInt(parsed.group(1));
		int to = parsed.group(2).equals("up") ? from - 1 : from + 1;
		if (from >= this.milestones.size() || to < 0 || to >= this.milestones.size()) {
			return false;
		}
		Collections.swap(this.milestones, from, to);
		return true;
	}

	/** The commitment's own values as typed. */
	@Override
	public CommitmentDetails details() {
		return this.details;
	}

	/** The milestones to keep, in their order, as typed. */
	List<Milestone> keptMilestones() {
		return this.milestones.stream().filter(MilestoneForm::isKept).map(MilestoneForm::toMilestone).toList();
	}

	public CommitmentDetails getDetails() {
		return this.details;
	}

	public Long getActionPlanId() {
		return this.actionPlanId;
	}

	public Long getPrimaryPolicyAreaId() {
		return this.primaryPolicyAreaId;
	}

	public List<Long> getPolicyAreaIds() {
		return this.policyAreaIds;
	}

	public List<MilestoneForm> getMilestones() {
		return this.milestones;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}

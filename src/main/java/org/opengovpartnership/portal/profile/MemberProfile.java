package org.opengovpartnership.portal.profile;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.opengovpartnership.portal.commitment.Commitment;
import org.opengovpartnership.portal.commitment.PolicyArea;
import org.opengovpartnership.portal.member.ActionPlan;
import org.opengovpartnership.portal.member.Contact;
import org.opengovpartnership.portal.member.Member;
import org.opengovpartnership.portal.member.GlobalReportDimension;
import org.opengovpartnership.portal.member.IrmFinding;
import org.opengovpartnership.portal.member.IrmStatus;
import org.opengovpartnership.portal.member.ParticipationLevel;
import org.opengovpartnership.portal.member.Post;
import org.opengovpartnership.portal.resource.MemberResource;
import org.opengovpartnership.portal.results.MemberResults;
import org.opengovpartnership.portal.system.BarChart;
import org.opengovpartnership.portal.system.Terms;

/**
 * Everything a member's page shows, loaded up front so the template touches no lazy
 * association.
 *
 * @param plans newest first
 * @param commitments newest plan first, by code within a plan
 */
public record MemberProfile(Member member, List<ActionPlan> plans, List<Commitment> commitments,
		List<MemberResource> resources, List<GlobalReportDimension> dimensions, List<Post> posts) {

	/**
	 * How many commitments the page lists: all of most members' (Mexico has 87), while
	 * the page of a member with thousands stays within its size budget; the explorer
	 * pages through them all.
	 */
	static final int LISTED_COMMITMENTS = 100;

	/** The commitments the page lists, newest plan first. */
	public List<Commitment> listedCommitments() {
		return this.commitments.subList(0, Math.min(this.commitments.size(), LISTED_COMMITMENTS));
	}

	/** How many commitments the page leaves to the explorer. */
	public int unlistedCommitments() {
		return this.commitments.size() - listedCommitments().size();
	}

	/**
	 * The member's contacts in their order, each once: the page loads them joined with
	 * each of its plans, which repeats them in the member's list.
	 */
	public List<Contact> contacts() {
		return this.member.getContacts().stream().distinct().toList();
	}

	/** The plan with the highest number, or null for a member without plans. */
	public ActionPlan currentPlan() {
		return this.plans.isEmpty() ? null : this.plans.get(0);
	}

	/** Plans oldest first, as the Current Data tables list them. */
	public List<ActionPlan> plansOldestFirst() {
		return this.plans.stream().sorted(Comparator.comparingInt(ActionPlan::getNumber)).toList();
	}

	/** How many commitments a plan has, counted from the data rather than typed. */
	public long commitmentCount(ActionPlan plan) {
		return this.commitments.stream().filter(c -> c.getActionPlan().getId().equals(plan.getId())).count();
	}

	/**
	 * Global Report rows grouped by policy area, in the report's order of areas, then any
	 * other.
	 */
	public Map<String, List<GlobalReportDimension>> dimensionsByPolicyArea() {
		Map<String, List<GlobalReportDimension>> grouped = this.dimensions.stream()
			.collect(Collectors.groupingBy((dimension) -> dimension.details().policyArea(), LinkedHashMap::new,
					Collectors.toList()));
		Map<String, List<GlobalReportDimension>> ordered = new LinkedHashMap<>();
		GlobalReportDimension.POLICY_AREAS.stream()
			.filter(grouped::containsKey)
			.forEach(area -> ordered.put(area, grouped.get(area)));
		grouped.forEach(ordered::putIfAbsent);
		return ordered;
	}

	/**
	 * The listed commitments grouped by action plan, newest plan first: the page numbers
	 * them plan by plan.
	 */
	public Map<ActionPlan, List<Commitment>> listedCommitmentsByPlan() {
		return listedCommitments().stream()
			.collect(Collectors.groupingBy(Commitment::getActionPlan, LinkedHashMap::new, Collectors.toList()));
	}

	/**
	 * A plan's IRM performance: the figures typed for a reviewed plan (Mexico's seed),
	 * else counted from its commitments' IRM values when the IRM assessed any of them
	 * (OGP's export), else none.
	 */
	public PlanPerformance performance(ActionPlan plan) {
		if (plan.getIrmStatus() == IrmStatus.REVIEWED) {
			return new PlanPerformance(plan, PlanPerformance.Source.TYPED, plan.getMajorCount(),
					plan.getOutstandingCount(), plan.getStarredCount());
		}
		List<Commitment> ofPlan = this.commitments.stream()
			.filter(c -> c.getActionPlan().getId().equals(plan.getId()))
			.toList();
		// Each figure counts only commitments the IRM gave that value: none given is
		// unknown, not zero.
		List<Commitment> opened = ofPlan.stream().filter(c -> c.getIrmOpenedGovernment() != null).toList();
		List<Commitment> starred = ofPlan.stream().filter(c -> c.getIrmStarred() != null).toList();
		if (opened.isEmpty() && starred.isEmpty()) {
			return new PlanPerformance(plan, PlanPerformance.Source.NONE, null, null, null);
		}
		return new PlanPerformance(plan, PlanPerformance.Source.COMPUTED,
				count(opened, c -> "Major".equalsIgnoreCase(c.getIrmOpenedGovernment())),
				count(opened, c -> "Outstanding".equalsIgnoreCase(c.getIrmOpenedGovernment())),
				count(starred, c -> Boolean.TRUE.equals(c.getIrmStarred())));
	}

	/**
	 * The commitments' results, in total and per plan (newest first), counted from what
	 * the page loaded.
	 */
	public MemberResults results() {
		return MemberResults.of(this.plans, this.commitments);
	}

	/**
	 * Every plan's performance, oldest plan first, as the Current Data table lists them.
	 */
	public List<PlanPerformance> performances() {
		return plansOldestFirst().stream().map(this::performance).toList();
	}

	/**
	 * Whether any plan has IRM figures, typed or counted: without any, the page says so
	 * instead of drawing.
	 */
	public boolean hasPerformanceFigures() {
		return performances().stream().anyMatch(PlanPerformance::known);
	}

	/**
	 * Whether any figure of the performance table was counted from the commitments rather
	 * than typed.
	 */
	public boolean hasComputedPerformance() {
		return performances().stream().anyMatch(p -> p.source() == PlanPerformance.Source.COMPUTED);
	}

	/**
	 * The largest figure of the performance chart, so its bars scale to the member's own
	 * data.
	 */
	public int performanceScale() {
		return performances().stream()
			.flatMap(p -> Stream.of(p.major(), p.outstanding(), p.starred()))
			.filter(Objects::nonNull)
			.mapToInt(Integer::intValue)
			.max()
			.orElse(0);
	}

	/**
	 * Whether the star guidance table tells anything: a plan with guidance, or one
	 * awaiting the IRM's review. Otherwise one sentence replaces a table of blanks.
	 */
	public boolean hasStarGuidance() {
		return this.plans.stream()
			.anyMatch(p -> p.getStarFocus() != null || !p.getDesignFocusAreas().isEmpty() || pending(p));
	}

	/**
	 * Whether the participation table tells anything, as {@link #hasStarGuidance()} for
	 * star guidance.
	 */
	public boolean hasParticipation() {
		return this.plans.stream()
			.anyMatch(p -> p.getDevelopmentLevel() != null || p.getImplementationLevel() != null
					|| p.getRegularForum() != null || pending(p));
	}

	private static boolean pending(ActionPlan plan) {
		return plan.getIrmStatus() == IrmStatus.PENDING;
	}

	/**
	 * Commitments per policy area, most first: what the member page's chart draws. A
	 * commitment counts under its primary policy area; one without (as OGP's export has
	 * them) under each area it is tagged with.
	 */
	public BarChart policyAreaChart() {
		Map<String, Long> counts = this.commitments.stream()
			.flatMap(c -> (c.getPrimaryPolicyArea() != null) ? Stream.of(c.getPrimaryPolicyArea().getName())
					: c.getPolicyAreas().stream().map(PolicyArea::getName))
			.collect(Collectors.groupingBy(name -> name, Collectors.counting()));
		Map<String, Long> ordered = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
		return BarChart.of(ordered, Terms.POLICY_AREA);
	}

	/** How many of the commitments pass the test; null when there are none to count. */
	private static Integer count(List<Commitment> commitments, Predicate<Commitment> test) {
		return commitments.isEmpty() ? null : (int) commitments.stream().filter(test).count();
	}

	/** The participation levels the key defines, strongest first. */
	public List<ParticipationLevel> participationLevels() {
		return List.of(ParticipationLevel.values());
	}

	/** The IRM-based findings the Global Report legend explains. */
	public List<IrmFinding> irmFindings() {
		return List.of(IrmFinding.values());
	}

}

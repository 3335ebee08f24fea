package org.opengovpartnership.portal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.persistence.Persistence;
import org.junit.jupiter.api.Test;

import org.opengovpartnership.portal.commitment.Commitment;
import org.opengovpartnership.portal.commitment.CommitmentCount;
import org.opengovpartnership.portal.commitment.CommitmentRepository;
import org.opengovpartnership.portal.member.ActionImplication;
import org.opengovpartnership.portal.member.ActionPlan;
import org.opengovpartnership.portal.member.ActionPlanRepository;
import org.opengovpartnership.portal.member.Member;
import org.opengovpartnership.portal.member.MemberRepository;
import org.opengovpartnership.portal.member.GlobalReportDimension;
import org.opengovpartnership.portal.member.GlobalReportDimensionRepository;
import org.opengovpartnership.portal.member.IrmStatus;
import org.opengovpartnership.portal.member.MemberSummary;
import org.opengovpartnership.portal.member.Post;
import org.opengovpartnership.portal.member.PostRepository;
import org.opengovpartnership.portal.member.Provenance;
import org.opengovpartnership.portal.profile.MemberSummaryRepository;
import org.opengovpartnership.portal.resource.MemberResource;
import org.opengovpartnership.portal.resource.MemberResourceRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What the Flyway migrations seed for Mexico, read back through the repositories,
 * compared with the seed page. Runs on H2 ({@link H2SeededDataTests}) and on PostgreSQL
 * ({@link PostgresSeededDataTests}), so both databases are held to the same assertions.
 * <p>
 * {@code @Transactional} is repeated here because Spring looks for it on the class
 * declaring a test method, not on the subclass (spring-framework#32491); each test reads
 * in one transaction, rolled back afterwards.
 */
@Transactional
abstract class SeededDataTests {

	@Autowired
	MemberRepository members;

	@Autowired
	ActionPlanRepository plans;

	@Autowired
	CommitmentRepository commitments;

	@Autowired
	MemberResourceRepository resources;

	@Autowired
	GlobalReportDimensionRepository reportRows;

	@Autowired
	PostRepository posts;

	@Autowired
	MemberSummaryRepository summaries;

	@Test
	void seedsMexicoWithItsFacts() {
		Member mexico = mexico();
		assertThat(mexico.getName()).isEqualTo("Mexico");
		assertThat(mexico.getIso3()).isEqualTo("MEX");
		assertThat(mexico.getRegion()).isEqualTo("Americas");
		assertThat(mexico.getMemberSince()).isEqualTo(2011);
		assertThat(mexico.getDashboardUrl()).isEqualTo("https://tablero.gobabiertomx.org/");
		assertThat(List.of(mexico.getGlobalMostFirst(), mexico.getGlobalMostSecond())).containsExactly(4, 7);
		assertThat(List.of(mexico.getRegionalMostFirst(), mexico.getRegionalMostSecond())).containsExactly(2, 7);
		assertThat(mexico.getGlobalStarAveragePercent()).isEqualTo(7);
	}

	@Test
	void seedsTheEightySevenCommitmentsOfTheSeedPageInItsOrder() {
		List<MexicoSeed.Commitment> stored = this.commitments.findByMemberNewestPlanFirst(mexico())
			.stream()
			.map(c -> new MexicoSeed.Commitment(c.getCode(), c.getTitle(), c.getActionPlan().getStartYear(),
					(c.getPrimaryPolicyArea() != null) ? c.getPrimaryPolicyArea().getName() : null))
			.toList();

		assertThat(stored).hasSize(87).containsExactlyElementsOf(MexicoSeed.commitments());
	}

	@Test
	void numbersCommitmentsFromMx0001ToMx0087() {
		List<String> expected = IntStream.rangeClosed(1, 87).mapToObj(i -> String.format("MX%04d", i)).toList();

		assertThat(this.commitments.findByMemberNewestPlanFirst(mexico())).extracting(Commitment::getCode)
			.containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void spotChecksCommitmentsAgainstTheSeed() {
		Map<String, Commitment> byCode = commitmentsByCode();

		Commitment mx0075 = byCode.get("MX0075");
		assertThat(mx0075.getTitle()).isEqualTo("Citizen Oversight of Social Program Spending");
		assertThat(mx0075.getPrimaryPolicyArea().getName()).isEqualTo("Fiscal Openness");
		assertThat(mx0075.getActionPlan().getStartYear()).isEqualTo(2019);
		assertThat(mx0075.getActionPlan().getNumber()).isEqualTo(4);

		Commitment mx0001 = byCode.get("MX0001");
		assertThat(mx0001.getTitle()).isEqualTo("Public Service Website");
		assertThat(mx0001.getPrimaryPolicyArea().getName()).isEqualTo("Public Service Delivery");
		assertThat(mx0001.getActionPlan().getStartYear()).isEqualTo(2011);

		Commitment mx0038 = byCode.get("MX0038");
		assertThat(mx0038.getTitle()).isEqualTo("Your Government at One Point - Gob.Mx");
		assertThat(mx0038.getActionPlan().getStartYear()).isEqualTo(2013);

		Commitment mx0064 = byCode.get("MX0064");
		assertThat(mx0064.getPrimaryPolicyArea().getName()).isEqualTo("Civic Space");
		assertThat(mx0064.getActionPlan().getStartYear()).isEqualTo(2016);

		Commitment mx0087 = byCode.get("MX0087");
		assertThat(mx0087.getTitle()).isEqualTo("Subnational Open Government Strategy");
		assertThat(mx0087.getPrimaryPolicyArea().getName()).isEqualTo("Gender");
	}

	@Test
	void leavesThePolicyAreaEmptyWhereTheSeedShowsNone() {
		Map<String, Commitment> byCode = commitmentsByCode();

		assertThat(byCode.get("MX0009").getTitle()).isEqualTo("Improve Database Quality");
		assertThat(byCode.get("MX0009").getPrimaryPolicyArea()).isNull();
		assertThat(byCode.get("MX0037").getTitle()).isEqualTo("Transparency Innovation Prize");
		assertThat(byCode.get("MX0037").getPrimaryPolicyArea()).isNull();
		assertThat(byCode.values()).filteredOn(c -> c.getPrimaryPolicyArea() == null)
			.extracting(Commitment::getCode)
			.containsExactlyInAnyOrder("MX0009", "MX0037");
	}

	@Test
	void tagsEveryCommitmentWithItsPrimaryPolicyArea() {
		assertThat(commitmentsByCode().values()).allSatisfy(c -> {
			if (c.getPrimaryPolicyArea() == null) {
				assertThat(c.getPolicyAreas()).as(c.getCode()).isEmpty();
			}
			else {
				assertThat(c.getPolicyAreas()).as(c.getCode()).contains(c.getPrimaryPolicyArea());
			}
		});
	}

	@Test
	void seedsFourActionPlansWithTheirYearsAndCommitments() {
		List<ActionPlan> newestFirst = this.plans.findByMemberNewestFirst(mexico());
		assertThat(newestFirst).extracting(ActionPlan::getNumber, ActionPlan::getYears)
			.containsExactly(tuple(4, "2019-2021"), tuple(3, "2016-2018"), tuple(2, "2013-2015"),
					tuple(1, "2011-2013"));

		Map<Integer, List<String>> codesByPlan = this.commitments.findByMemberNewestPlanFirst(mexico())
			.stream()
			.collect(Collectors.groupingBy(c -> c.getActionPlan().getNumber(),
					Collectors.mapping(Commitment::getCode, Collectors.toList())));
		assertThat(codesByPlan.get(1)).hasSize(37).first().isEqualTo("MX0001");
		assertThat(codesByPlan.get(1)).last().isEqualTo("MX0037");
		assertThat(codesByPlan.get(2)).hasSize(26).first().isEqualTo("MX0038");
		assertThat(codesByPlan.get(2)).last().isEqualTo("MX0063");
		assertThat(codesByPlan.get(3)).hasSize(11).first().isEqualTo("MX0064");
		assertThat(codesByPlan.get(3)).last().isEqualTo("MX0074");
		assertThat(codesByPlan.get(4)).hasSize(13).first().isEqualTo("MX0075");
		assertThat(codesByPlan.get(4)).last().isEqualTo("MX0087");
	}

	@Test
	void numbersCommitmentsWithinTheirPlan() {
		Map<Integer, List<Integer>> numbersByPlan = this.commitments.findByMemberNewestPlanFirst(mexico())
			.stream()
			.collect(Collectors.groupingBy(c -> c.getActionPlan().getNumber(),
					Collectors.mapping(Commitment::getNumber, Collectors.toList())));

		numbersByPlan.forEach((plan, numbers) -> assertThat(numbers).as("plan %d", plan)
			.containsExactlyElementsOf(IntStream.rangeClosed(1, numbers.size()).boxed().toList()));
	}

	@Test
	void seedsTheCurrentPlanAsTheSeedDescribesIt() {
		ActionPlan current = this.plans.findByMemberNewestFirst(mexico()).get(0);
		assertThat(current.getNumber()).isEqualTo(4);
		assertThat(current.getPolicyAreaFocus()).isEqualTo("Not specified");
		assertThat(current.getSummary()).isEqualTo(MexicoSeed.CURRENT_PLAN_SUMMARY);
	}

	@Test
	void seedsCommitmentPerformanceOnlyWhereTheSeedHasFigures() {
		assertThat(this.plans.findByMemberNewestFirst(mexico()))
			.extracting(ActionPlan::getNumber, ActionPlan::getIrmStatus, ActionPlan::getMajorCount,
					ActionPlan::getOutstandingCount, ActionPlan::getStarredCount)
			.containsExactly(tuple(4, IrmStatus.PENDING, null, null, null), tuple(3, IrmStatus.REVIEWED, 2, 0, 0),
					tuple(2, IrmStatus.REVIEWED, 12, 0, 0), tuple(1, IrmStatus.NO_DATA, null, null, null));
	}

	@Test
	void inventsNoParticipationOrStarGuidance() {
		assertThat(this.plans.findByMemberNewestFirst(mexico())).allSatisfy(plan -> {
			assertThat(plan.getDevelopmentLevel()).isNull();
			assertThat(plan.getDevelopmentOpen()).isNull();
			assertThat(plan.getImplementationLevel()).isNull();
			assertThat(plan.getImplementationOpen()).isNull();
			assertThat(plan.getRegularForum()).isNull();
			assertThat(plan.getStarFocus()).isNull();
			assertThat(plan.getDesignFocusAreas()).isEmpty();
		});
	}

	@Test
	void seedsTheFortyTwoResourcesInTheSeedsOrder() {
		List<MemberResource> stored = this.resources.findByMember(mexico());

		assertThat(stored)
			.extracting(r -> new MexicoSeed.Resource(r.details().title(), r.details().publishedYear(),
					r.details().type(), r.details().format()))
			.hasSize(42)
			.containsExactlyElementsOf(MexicoSeed.resources());
		assertThat(stored).filteredOn(r -> r.details().type() == null)
			.extracting((x) -> x.details().title())
			.containsExactly("Mexico Response Policy Case – Terms of Reference (September 20, 2018)");
	}

	@Test
	void seedsBothContacts() {
		assertThat(mexico().getContacts())
			.extracting(c -> new MexicoSeed.Contact(c.details().name(), c.details().role(), c.details().email()))
			.containsExactlyElementsOf(MexicoSeed.CONTACTS);
	}

	@Test
	void seedsFourteenGlobalReportDimensionsWithTheirImplications() {
		List<GlobalReportDimension> dimensions = this.reportRows.findByMember(mexico());

		assertThat(dimensions).extracting((x) -> x.details().policyArea(), (x) -> x.details().actionImplication())
			.containsExactly(tuple("Anti-Corruption", ActionImplication.IMPLEMENT_FOR_RESULTS),
					tuple("Anti-Corruption", ActionImplication.CONSIDER_ACTION),
					tuple("Civic Space", ActionImplication.CONSIDER_ACTION),
					tuple("Civic Space", ActionImplication.CONSIDER_ACTION),
					tuple("Civic Space", ActionImplication.IMPLEMENT_FOR_RESULTS),
					tuple("Open Policy Making", ActionImplication.CONSIDER_ACTION), tuple("Open Policy Making", null),
					tuple("Access to Information", null),
					tuple("Access to Information", ActionImplication.IMPLEMENT_FOR_RESULTS),
					tuple("Access to Information", ActionImplication.CONSIDER_ACTION),
					tuple("Access to Information", ActionImplication.CONSIDER_ACTION), tuple("Fiscal Openness", null),
					tuple("Fiscal Openness", ActionImplication.IMPLEMENT_FOR_RESULTS),
					tuple("Fiscal Openness", ActionImplication.CONSIDER_ACTION));
		assertThat(dimensions).as("values the seed does not give").allSatisfy(d -> {
			assertThat(d.details().name()).isNull();
			assertThat(d.details().irmFinding()).isNull();
			assertThat(d.details().thirdPartyScore()).isNull();
		});
	}

	@Test
	void seedsTheFiveRecentPosts() {
		List<Post> posts = this.posts.findByMember(mexico());

		assertThat(posts).extracting((x) -> x.details().title()).containsExactlyElementsOf(MexicoSeed.POST_TITLES);
		assertThat(posts).extracting((x) -> x.details().summary())
			.allSatisfy(summary -> assertThat(summary).isNotBlank());
		assertThat(posts.get(0).details().summary())
			.startsWith("In 2018, 22 countries from Latin America and the Caribbean");
	}

	@Test
	void summarisesMexicoWithItsCurrentPlanAndCommitmentCount() {
		assertThat(this.summaries.findSummaries())
			.containsExactly(new MemberSummary("mexico", "Mexico", "Americas", 2011, 4, 87, false));
	}

	@Test
	void countsWhatKeepsMexicoAndItsPlansFromBeingDeleted() {
		Member mexico = mexico();
		assertThat(this.members.countDependents(mexico)).as("plans, posts and Global Report rows")
			.isEqualTo(4 + 5 + 14);
		assertThat(this.resources.countByMember(mexico)).isEqualTo(42);
		assertThat(this.plans.findByMemberNewestFirst(mexico)).extracting(this.commitments::countByActionPlan)
			.containsExactly(13L, 11L, 26L, 37L);
	}

	@Test
	void countsCommitmentsByMemberAndByPlan() {
		Member mexico = mexico();
		assertThat(this.commitments.countByMember(List.of(mexico)))
			.containsExactly(new CommitmentCount(mexico.getId(), 87));
		assertThat(this.commitments.countByPlanOf(mexico)).extracting(CommitmentCount::commitments)
			.containsExactlyInAnyOrder(37L, 26L, 11L, 13L);
	}

	@Test
	void recordsThatMexicoWasSeededFromItsMemberPage() {
		Provenance provenance = this.members.findProfileBySlug("mexico").orElseThrow().getProvenance();

		assertThat(provenance.source()).isEqualTo(Provenance.Source.SEED);
		assertThat(provenance.fileName()).isNull();
		assertThat(provenance.partial()).isFalse();
	}

	@Test
	void loadsAProfileWithItsContacts() {
		Member mexico = this.members.findProfileBySlug("mexico").orElseThrow();

		assertThat(Persistence.getPersistenceUtil().isLoaded(mexico, "contacts")).isTrue();
		assertThat(mexico.getContacts()).extracting(c -> c.details().name())
			.containsExactly("Gregorio Gonzalez", "Dalida Acosta");
	}

	@Test
	void findsNoProfileForAnUnknownSlug() {
		assertThat(this.members.findProfileBySlug("atlantis")).isEmpty();
	}

	@Test
	void listsCommitmentsNewestPlanFirstAndByCodeWithinAPlan() {
		List<Commitment> list = this.commitments.findByMemberNewestPlanFirst(mexico());

		assertThat(list).extracting(c -> c.getActionPlan().getNumber()).isSortedAccordingTo((a, b) -> b - a);
		assertThat(IntStream.range(1, list.size())
			.filter(i -> Objects.equals(list.get(i).getActionPlan().getNumber(),
					list.get(i - 1).getActionPlan().getNumber()))
			.mapToObj(i -> list.get(i - 1).getCode().compareTo(list.get(i).getCode()) < 0))
			.as("codes ascending within a plan")
			.containsOnly(true);
		assertThat(list).first().extracting(Commitment::getCode).isEqualTo("MX0075");
		assertThat(list).last().extracting(Commitment::getCode).isEqualTo("MX0037");
	}

	@Test
	void loadsTheCommitmentListWithPlansAndPolicyAreas() {
		List<Commitment> list = this.commitments.findByMemberNewestPlanFirst(mexico());

		assertThat(list).allSatisfy(c -> {
			assertThat(Persistence.getPersistenceUtil().isLoaded(c.getActionPlan())).as(c.getCode()).isTrue();
			if (c.getPrimaryPolicyArea() != null) {
				assertThat(Persistence.getPersistenceUtil().isLoaded(c.getPrimaryPolicyArea())).as(c.getCode())
					.isTrue();
			}
		});
	}

	@Test
	void findsACommitmentPageOnlyUnderItsOwnMember() {
		assertThat(this.commitments.findPageByMemberSlugAndCode("mexico", "MX0075")).get()
			.extracting(Commitment::getTitle)
			.isEqualTo("Citizen Oversight of Social Program Spending");
		assertThat(this.commitments.findPageByMemberSlugAndCode("mexico", "MX9999")).isEmpty();
		assertThat(this.commitments.findPageByMemberSlugAndCode("atlantis", "MX0075")).isEmpty();
	}

	private Member mexico() {
		return this.members.findProfileBySlug("mexico").orElseThrow();
	}

	private Map<String, Commitment> commitmentsByCode() {
		return this.commitments.findByMemberNewestPlanFirst(mexico())
			.stream()
			.collect(Collectors.toMap(Commitment::getCode, Function.identity()));
	}

}

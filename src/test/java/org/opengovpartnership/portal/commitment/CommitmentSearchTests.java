package org.opengovpartnership.portal.commitment;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.member.Member;
import org.opengovpartnership.portal.member.MemberRepository;
import org.opengovpartnership.portal.system.CommittedVersions;
import org.opengovpartnership.portal.system.PortalProperties;
import org.opengovpartnership.portal.system.Terms;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The explorer's queries on Mexico's seeded commitments.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Import({ CommitmentSearch.class, CommitmentIndex.class, IndexedCommitments.class, CommitmentFinder.class,
		Terms.class })
@EnableConfigurationProperties(PortalProperties.class)
class CommitmentSearchTests {

	/**
	 * The content versions the index records with its commits: the caching module keeps
	 * them, outside this slice; the seed's are all 0.
	 */
	@TestConfiguration
	static class Versions {

		@Bean
		CommittedVersions committedVersions() {
			return () -> new CommittedVersions.Versions("commitment-search-tests", 0, Map.of());
		}

	}

	@Autowired
	CommitmentSearch search;

	@Autowired
	MemberRepository members;

	@Autowired
	TestEntityManager entityManager;

	@Test
	void findsThePemexCommitmentsBySearchingTheTitles() {
		assertThat(codes(this.search.explore(mexico(), filter(f -> f.setQ("PEMEX")), 25).results()))
			.containsExactly("MX0014", "MX0016");
		assertThat(codes(this.search.explore(mexico(), filter(f -> f.setQ("pemex")), 25).results())).hasSize(2);
	}

	@Test
	void findsTwentyTwoAntiCorruptionCommitments() {
		Page<Commitment> page = this.search.explore(mexico(), filter(f -> f.setArea("Anti-Corruption")), 25).results();
		assertThat(page.getTotalElements()).isEqualTo(22);
		assertThat(page.getContent())
			.allSatisfy(c -> assertThat(c.getPrimaryPolicyArea().getName()).isEqualTo("Anti-Corruption"));
	}

	@Test
	void combinesFiltersOnPlanYearAndArea() {
		assertThat(this.search.explore(mexico(), filter(f -> f.setPlan(4)), 25).results().getTotalElements())
			.isEqualTo(13);
		assertThat(this.search.explore(mexico(), filter(f -> f.setYear(2013)), 25).results().getTotalElements())
			.isEqualTo(26);
		assertThat(codes(this.search.explore(mexico(), filter(f -> {
			f.setPlan(4);
			f.setArea("Anti-Corruption");
		}), 25).results())).containsExactly("MX0083", "MX0084", "MX0085");
		assertThat(this.search.explore(mexico(), filter(f -> {
			f.setPlan(1);
			f.setYear(2019);
		}), 25).results().getTotalElements()).isZero();
	}

	@Test
	void pagesThroughTheNewestPlanFirst() {
		Page<Commitment> first = this.search.explore(mexico(), new CommitmentFilter(), 25).results();
		assertThat(first.getTotalElements()).isEqualTo(87);
		assertThat(first.getTotalPages()).isEqualTo(4);
		assertThat(first.getContent().get(0).getCode()).isEqualTo("MX0075");
		Page<Commitment> last = this.search.explore(mexico(), filter(f -> f.setPage(3)), 25).results();
		assertThat(last.getContent()).hasSize(12);
		assertThat(last.getContent().get(11).getCode()).isEqualTo("MX0037");
	}

	@Test
	void sortsByTitle() {
		List<String> titles = this.search.explore(mexico(), filter(f -> f.setSort(CommitmentFilter.Sort.TITLE)), 100)
			.results()
			.getContent()
			.stream()
			.map(Commitment::getTitle)
			.toList();
		assertThat(titles).hasSize(87).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
	}

	@Test
	void treatsLikeWildcardsTypedByAVisitorAsText() {
		assertThat(this.search.explore(mexico(), filter(f -> f.setQ("%")), 25).results().getTotalElements()).isZero();
		assertThat(this.search.explore(mexico(), filter(f -> f.setQ("_")), 25).results().getTotalElements()).isZero();
		assertThat(this.search.explore(mexico(), filter(f -> f.setQ("' or 1=1 --")), 25).results().getTotalElements())
			.isZero();
	}

	@Test
	void theAdminListFindsWhatCodesAndTitlesContainWhateverTheirCase() {
		assertThat(codes(this.search.containing("pemex", 0, 50))).containsExactly("MX0014", "MX0016");
		assertThat(codes(this.search.containing("PeMeX", 0, 50))).containsExactly("MX0014", "MX0016");
		// Inside a word, in the code: "MX007" is MX0070 to MX0079, newest plan first.
		List<String> expected = this.entityManager.getEntityManager().createQuery("""
				select c.code from Commitment c join c.actionPlan p
				where lower(c.code) like '%x007%' or lower(c.title) like '%x007%'
				order by p.number desc, c.code""", String.class).getResultList();
		assertThat(expected).hasSize(10);
		assertThat(codes(this.search.containing("x007", 0, 50))).isEqualTo(expected);
	}

	@Test
	void theAdminListTakesWildcardsAsText() {
		assertThat(this.search.containing("*", 0, 50).getTotalElements()).isZero();
		assertThat(this.search.containing("p?mex", 0, 50).getTotalElements()).isZero();
		assertThat(this.search.containing("\\", 0, 50).getTotalElements()).isZero();
		assertThat(this.search.containing("' or 1=1 --", 0, 50).getTotalElements()).isZero();
		// As long as a title may be, and longer.
		assertThat(this.search.containing("ab".repeat(500), 0, 50).getTotalElements()).isZero();
		assertThat(this.search.containing("pemex ".repeat(2000), 0, 50).getTotalElements()).isZero();
	}

	@Test
	void theAdminListPagesThroughEveryCommitmentNewestPlanFirst() {
		Page<Commitment> first = this.search.containing("", 0, 50);
		assertThat(first.getTotalElements()).isEqualTo(87);
		assertThat(first.getContent()).hasSize(50);
		assertThat(first.getContent().get(0).getActionPlan().getNumber()).isEqualTo(4);
		Page<Commitment> second = this.search.containing("", 1, 50);
		assertThat(second.getContent()).hasSize(37);
		assertThat(second.getContent().get(36).getActionPlan().getNumber()).isEqualTo(1);
		// A page past the end shows the last one.
		assertThat(codes(this.search.containing("", 9, 50))).isEqualTo(codes(second));
	}

	@Test
	void countsPerPolicyAreaIgnoringTheAreaFilterButNotTheOthers() {
		assertThat(this.search.countByPolicyArea(mexico(), filter(f -> f.setArea("Gender"))))
			.contains(entry("Anti-Corruption", 22L), entry("Gender", 4L))
			.hasSize(21);
		assertThat(this.search.countByPolicyArea(mexico(), filter(f -> f.setPlan(4))))
			.containsExactly(entry("Gender", 4L), entry("Anti-Corruption", 3L), entry("Public Service Delivery", 3L),
					entry("Civic Space", 1L), entry("Fiscal Openness", 1L), entry("Public Participation", 1L))
			.doesNotContainKey("Justice");
	}

	@Test
	void countsPerPlanNewestFirst() {
		assertThat(this.search.countByPlan(mexico(), new CommitmentFilter())).containsExactly(entry(4, 13L),
				entry(3, 11L), entry(2, 26L), entry(1, 37L));
		assertThat(this.search.countByPlan(mexico(), filter(f -> f.setArea("Anti-Corruption"))))
			.containsExactly(entry(4, 3L), entry(3, 4L), entry(2, 7L), entry(1, 8L));
	}

	private Member mexico() {
		return this.members.findBySlug("mexico").orElseThrow();
	}

	private static CommitmentFilter filter(java.util.function.Consumer<CommitmentFilter> settings) {
		CommitmentFilter filter = new CommitmentFilter();
		settings.accept(filter);
		return filter;
	}

	private static List<String> codes(Page<Commitment> page) {
		return page.getContent().stream().map(Commitment::getCode).toList();
	}

}

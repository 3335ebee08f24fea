package org.opengovpartnership.portal.commitment;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.member.Member;
import org.opengovpartnership.portal.member.MemberRepository;
import org.opengovpartnership.portal.opendata.SharedFileImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * The explorer and the members list on OGP's real 75-member export, loaded with the
 * importer. Expected figures were counted in the CSV file itself.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(locations = "classpath:opendata/test.properties")
class ExplorerOnOgpDataTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	CommitmentSearch search;

	@Autowired
	MemberRepository members;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void sharedFileImported() {
		SharedFileImport.ensure(this.context);
	}

	@Test
	void countsUkrainesCommitmentsPerPlan() {
		Member ukraine = this.members.findBySlug("ukraine").orElseThrow();
		assertThat(this.search.explore(ukraine, new CommitmentFilter(), 25).results().getTotalElements()).isEqualTo(32);
		assertThat(this.search.countByPlan(ukraine, new CommitmentFilter())).containsExactly(entry(6, 1L), entry(5, 8L),
				entry(4, 1L), entry(3, 3L), entry(2, 12L), entry(1, 7L));
	}

	@Test
	void filtersOnPolicyAreaTagsCompletionAndText() {
		Member ukraine = this.members.findBySlug("ukraine").orElseThrow();
		CommitmentFilter area = new CommitmentFilter();
		area.setArea("Anti-Corruption and Integrity");
		assertThat(this.search.explore(ukraine, area, 25).results().getTotalElements()).isEqualTo(2);
		assertThat(this.search.countByPolicyArea(ukraine, new CommitmentFilter()))
			.containsEntry("Anti-Corruption and Integrity", 2L);

		CommitmentFilter completion = new CommitmentFilter();
		completion.setCompletion("Substantial");
		assertThat(this.search.explore(ukraine, completion, 25).results().getTotalElements()).isEqualTo(9);

		CommitmentFilter text = new CommitmentFilter();
		text.setQ("parliament");
		// Institutions are searched too: UA0039's supporting institutions name
		// "Parliament's Ombudsman".
		assertThat(this.search.explore(ukraine, text, 25).results().getContent()).extracting(Commitment::getCode)
			.containsExactlyInAnyOrder("UA0105", "UA0039", "UA0068");
	}

	@Test
	void theAdminListFindsWhatCodesAndTitlesContainAcrossEveryMember() {
		record Row(String code, String title, String member, int plan) {
		}
		List<Row> rows = this.jdbc.query("""
				select c.code, c.title, m.name, p.number from commitments c
				join action_plans p on p.id = c.action_plan_id join members m on m.id = p.member_id""", (result,
				i) -> new Row(result.getString(1), result.getString(2), result.getString(3), result.getInt(4)));
		Comparator<Row> listed = Comparator.comparing((Row row) -> row.member().toLowerCase(Locale.ROOT))
			.thenComparing(Comparator.comparingInt(Row::plan).reversed())
			.thenComparing(Row::code);
		for (String typed : List.of("Water", "ua00", "open data", "-", "(")) {
			String contained = typed.toLowerCase(Locale.ROOT);
			List<String> expected = rows.stream()
				.filter((row) -> row.code().toLowerCase(Locale.ROOT).contains(contained)
						|| row.title().toLowerCase(Locale.ROOT).contains(contained))
				.sorted(listed)
				.map(Row::code)
				.toList();
			assertThat(expected).as(typed).isNotEmpty();
			Page<Commitment> first = this.search.containing(typed, 0, 50);
			assertThat(first.getTotalElements()).as(typed).isEqualTo(expected.size());
			assertThat(first.getContent()).extracting(Commitment::getCode)
				.as(typed)
				.isEqualTo(expected.subList(0, Math.min(50, expected.size())));
		}
	}

	@Test
	void pagesThroughAMembersCommitments() {
		Member ukraine = this.members.findBySlug("ukraine").orElseThrow();
		CommitmentFilter second = new CommitmentFilter();
		second.setPage(1);
		List<Commitment> rest = this.search.explore(ukraine, second, 25).results().getContent();
		assertThat(rest).hasSize(7);
		assertThat(rest).allSatisfy(c -> assertThat(c.getCode()).startsWith("UA"));
	}

	@Test
	void listsEveryMemberAndFiltersByRegion() throws Exception {
		this.mvc.perform(get("/")).andExpect(content().string(containsString("76 members")));
		this.mvc.perform(get("/").param("region", "Americas"))
			.andExpect(content().string(containsString("19 members")))
			.andExpect(content().string(containsString("<a href=\"/members/mexico\">Mexico</a>")));
		this.mvc.perform(get("/").param("region", "Europe").param("q", "ukr"))
			.andExpect(content().string(containsString("One member")))
			.andExpect(content().string(containsString("<a href=\"/members/ukraine\">Ukraine</a>")));
	}

}

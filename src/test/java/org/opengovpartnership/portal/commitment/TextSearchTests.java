package org.opengovpartnership.portal.commitment;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.member.Member;
import org.opengovpartnership.portal.member.MemberRepository;
import org.opengovpartnership.portal.opendata.SharedFileImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * The explorer's text search through the index, on Mexico's seed and OGP's real export:
 * the commitments each query must find are selected in the test with SQL over the stored
 * texts.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(locations = "classpath:opendata/test.properties")
class TextSearchTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	CommitmentSearch search;

	@Autowired
	MemberRepository members;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void sharedFileImported() {
		SharedFileImport.ensure(this.context);
	}

	@Test
	void findsWordsWithOrWithoutAccentsAndInAnyCase() {
		List<String> accented = everywhere("corrupción");
		assertThat(accented).isNotEmpty().containsAll(withWord("corrupción"));
		assertThat(everywhere("corrupcion")).containsExactlyInAnyOrderElementsOf(accented);
		assertThat(everywhere("CORRUPCIÓN")).containsExactlyInAnyOrderElementsOf(accented);
		List<String> participacion = everywhere("participacion");
		assertThat(participacion).containsAll(withWord("participación")).hasSizeGreaterThan(30);
	}

	@Test
	void findsWordsInAnyOrder() {
		assertThat(codes("mexico", "spending citizen")).contains("MX0075");
		assertThat(codes("mexico", "citizen spending")).contains("MX0075");
		assertThat(codes("mexico", "spending citizen nonexistentword")).isEmpty();
	}

	@Test
	void stemsEnglishWords() {
		List<String> participation = withWord("participation");
		participation.removeAll(withWord("participate"));
		assertThat(participation).isNotEmpty();
		assertThat(everywhere("participate")).containsAll(participation);
	}

	@Test
	void stemsSpanishWords() {
		List<String> transparencia = withWord("transparencia");
		transparencia.removeAll(withWord("transparente"));
		assertThat(transparencia).isNotEmpty();
		assertThat(everywhere("transparente")).containsAll(transparencia);
	}

	@Test
	void findsPolicyAreasByTheirEnglishOrSpanishName() {
		List<String> lobbying = this.jdbc.queryForList("""
				select c.code from commitments c join commitment_policy_areas t on t.commitment_id = c.id
				join policy_areas a on a.id = t.policy_area_id where a.name = 'Lobbying'""", String.class);
		assertThat(lobbying).isNotEmpty();
		assertThat(withText("%cabildeo%")).doesNotContainAnyElementsOf(lobbying);
		assertThat(everywhere("cabildeo")).containsAll(lobbying);
		assertThat(everywhere("lobbying")).containsAll(lobbying);
	}

	@Test
	void findsAntiCorruptionCommitmentsByTheSpanishWordCorrupcion() {
		List<String> antiCorruption = this.jdbc.queryForList("""
				select c.code from commitments c join commitment_policy_areas t on t.commitment_id = c.id
				join policy_areas a on a.id = t.policy_area_id where a.name like 'Anti-Corruption%'""", String.class);
		assertThat(antiCorruption).isNotEmpty();
		List<String> found = everywhere("corrupción");
		assertThat(found).containsAll(antiCorruption).containsAll(withWord("anticorrupción"));
		assertThat(everywhere("corrupcion")).containsExactlyInAnyOrderElementsOf(found);
	}

	@Test
	void ranksATitleMatchAboveADescriptionMatch() {
		List<String> ranked = everywhere("budget");
		List<String> inTitles = this.jdbc
			.queryForList("select code from commitments where lower(title) like '%budget%'", String.class);
		List<String> onlyInDescriptions = this.jdbc.queryForList("""
				select code from commitments where lower(description) like '%budget%'
				and lower(title) not like '%budget%' and lower(coalesce(short_title, '')) not like '%budget%'""",
				String.class);
		inTitles.retainAll(ranked);
		onlyInDescriptions.retainAll(ranked);
		assertThat(inTitles).isNotEmpty();
		assertThat(onlyInDescriptions).isNotEmpty();
		int lastTitle = inTitles.stream().mapToInt(ranked::indexOf).max().orElseThrow();
		int firstDescription = onlyInDescriptions.stream().mapToInt(ranked::indexOf).min().orElseThrow();
		assertThat(lastTitle).isLessThan(firstDescription);
	}

	@Test
	void marksTheWordsFoundInTitlesAndExcerpts() throws Exception {
		this.mvc.perform(get("/members/mexico/commitments").param("q", "spending citizen"))
			.andExpect(content()
				.string(containsString("<mark>Citizen</mark> Oversight of Social Program <mark>Spending</mark>")));
		// Descriptions of Ukraine's commitments name the Verkhovna Rada, their titles do
		// not: marked in excerpts.
		this.mvc.perform(get("/members/ukraine/commitments").param("q", "verkhovna"))
			.andExpect(content().string(containsString("<span class=\"excerpt\"")))
			.andExpect(content().string(containsString("<mark>Verkhovna</mark> Rada")));
	}

	@Test
	void membersListFindsNamesWithoutTheirAccents() throws Exception {
		// OGP's export writes the name without its accent: typed with one, it is found
		// too.
		this.mvc.perform(get("/").param("q", "côte"))
			.andExpect(content().string(containsString("Cote d&#39;Ivoire")))
			.andExpect(content().string(containsString("One member")));
		this.mvc.perform(get("/").param("q", "méxico"))
			.andExpect(content().string(containsString("<a href=\"/members/mexico\">Mexico</a>")));
	}

	/** The codes of every member's commitments found for the query, best first. */
	private List<String> everywhere(String query) {
		List<Long> ids = this.context.getBean(CommitmentIndex.class).ranked(null, query);
		return this.search.load(ids).stream().map(Commitment::getCode).toList();
	}

	private List<String> codes(String slug, String query) {
		Member member = this.members.findBySlug(slug).orElseThrow();
		CommitmentFilter filter = new CommitmentFilter();
		filter.setQ(query);
		return this.search.explore(member, filter, 1000)
			.results()
			.getContent()
			.stream()
			.map(Commitment::getCode)
			.toList();
	}

	/**
	 * The codes of the commitments whose title, short title or description has this word,
	 * in any case.
	 */
	private List<String> withWord(String word) {
		// A word on its own, not a part of a longer one or of an address
		// (https://transparencia.gob.es/).
		java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("(?iu)(?<![\\p{L}\\p{N}./])"
				+ java.util.regex.Pattern.quote(word) + "(?![\\p{L}\\p{N}]|\\.[\\p{L}\\p{N}])");
		List<String> codes = new java.util.ArrayList<>();
		for (String code : withText("%" + word.toLowerCase(java.util.Locale.ROOT) + "%")) {
			String text = this.jdbc.queryForObject(
					"select concat(title, ' ', coalesce(short_title, ''), ' ', coalesce(description, '')) from commitments where code = ?",
					String.class, code);
			if (pattern.matcher(text).find()) {
				codes.add(code);
			}
		}
		return codes;
	}

	/**
	 * The codes of the commitments whose title, short title or description has this text
	 * in any case.
	 */
	private List<String> withText(String pattern) {
		return new java.util.ArrayList<>(this.jdbc.queryForList("""
				select code from commitments where lower(title) like ? or lower(coalesce(short_title, '')) like ?
				or lower(coalesce(description, '')) like ?""", String.class, pattern, pattern, pattern));
	}

}

package org.opengovpartnership.portal.commitment;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.opendata.SharedFileImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The explorer across every member ({@code /commitments}) on Mexico's seed and OGP's real
 * export: its counts against counts made in the test from the export's own cells.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(locations = "classpath:opendata/test.properties")
class AllMembersExplorerTests {

	private static final int MEXICO_SEED = 87;

	@Autowired
	ApplicationContext context;

	@Autowired
	CommitmentSearch search;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void sharedFileImported() {
		SharedFileImport.ensure(this.context);
	}

	@Test
	void countsCommitmentsPerRegionAsTheExportHasThem() throws Exception {
		Map<String, Long> expected = countColumn("Region", null, null);
		expected.merge("Americas", (long) MEXICO_SEED, Long::sum);
		assertThat(new TreeMap<>(
				this.search.exploreAcrossMembers(new CommitmentFilter(), 25).counts().get(CommitmentDocuments.REGION)))
			.isEqualTo(expected);
		assertThat(this.search.exploreAcrossMembers(new CommitmentFilter(), 25).results().getTotalElements())
			.isEqualTo(SharedFileImport.COMMITMENTS);
	}

	@Test
	void countsEachFilterIgnoringItsOwnValue() throws Exception {
		AllMembersFilter europe = new AllMembersFilter();
		europe.setRegion("Europe");
		Map<String, Map<String, Long>> counts = this.search.exploreAcrossMembers(europe, 25).counts();
		assertThat(this.search.exploreAcrossMembers(europe, 25).results().getTotalElements()).isEqualTo(255);
		// The region's own counts still offer the others; the members' are Europe's only.
		assertThat(counts.get(CommitmentDocuments.REGION)).containsEntry("Africa and the Middle East", 110L);
		assertThat(counts.get(CommitmentDocuments.MEMBER)).containsEntry("ukraine", 32L).doesNotContainKey("mexico");
		assertThat(counts.get(CommitmentDocuments.MEMBER).values().stream().mapToLong(Long::longValue).sum())
			.isEqualTo(255);
	}

	@Test
	void filtersByMemberAndSearchesAcrossMembers() throws Exception {
		this.mvc.perform(get("/commitments").param("member", "ukraine"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("32 commitments found")));
		this.mvc.perform(get("/commitments?q=verkhovna&region=Europe"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<mark>Verkhovna</mark>")))
			.andExpect(content().string(containsString("href=\"/commitments.csv?q=verkhovna&amp;region=Europe\"")));
		this.mvc.perform(get("/commitments").param("q", "verkhovna").header("Accept-Language", "es"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Compromisos de todos los miembros")));
	}

	@Test
	void exportsTheFilteredSet() throws Exception {
		String csv = this.mvc.perform(get("/commitments.csv").param("member", "ukraine"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.lines().filter((line) -> line.startsWith("UA0"))).hasSize(32);
	}

	/** How many of the export's rows have each value in the column. */
	private static Map<String, Long> countColumn(String column, String whereColumn, String whereValue)
			throws Exception {
		Map<String, Long> counts = new TreeMap<>();
		try (CSVParser parser = CSVParser.parse(
				new InputStreamReader(
						AllMembersExplorerTests.class.getClassLoader()
							.getResourceAsStream("opendata/ogp-commitments-open-parliament-2024-07.csv"),
						StandardCharsets.UTF_8),
				CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
			for (CSVRecord row : parser) {
				if (whereColumn == null || whereValue.equals(row.get(whereColumn))) {
					counts.merge(row.get(column), 1L, Long::sum);
				}
			}
		}
		return counts;
	}

}

package org.opengovpartnership.portal.results;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The results of imported members, by plan and in total, against counts computed here
 * from the real export's cells; the API's JSON and the member page's tables say the same.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(locations = "classpath:opendata/test.properties")
class ResultsOnOgpDataTests {

	private static final Path EXPORT = Path
		.of("src/test/resources/opendata/ogp-commitments-open-parliament-2024-07.csv");

	/** How OGP's sheet writes a value it does not have. */
	private static final Set<String> MISSING = Set.of("", "ND", "NR", "NA");

	private static final Map<String, String> COMPLETION = Map.of("Not Started", "notStarted", "Limited", "limited",
			"Substantial", "substantial", "Complete", "complete");

	private static final Map<String, String> OPENED = Map.of("Worsens", "worsened", "Did Not Change", "didNotChange",
			"Marginal", "marginal", "Major", "major", "Outstanding", "outstanding");

	@Autowired
	ApplicationContext context;

	@Autowired
	ResultsQueries results;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void sharedFileImported() {
		SharedFileImport.ensure(this.context);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Ukraine", "North Macedonia", "Ghana", "Serbia", "Croatia" })
	void countsEachPlanAndTheTotalAsTheExportsCellsDo(String name) throws IOException {
		List<CSVRecord> rows = rowsOf(name);
		String slug = this.jdbc.queryForObject("select slug from members where name = ?", String.class, name);
		MemberResults computed = this.results.find(slug).orElseThrow().results();

		assertThat(counts(computed.total())).isEqualTo(expected(rows));
		Map<Integer, Map<String, Integer>> expectedPlans = new TreeMap<>();
		Map<Integer, List<CSVRecord>> byPlan = new TreeMap<>();
		rows.forEach((row) -> byPlan
			.computeIfAbsent(Integer.valueOf(row.get("Action Plan Number").strip()), (n) -> new java.util.ArrayList<>())
			.add(row));
		byPlan.forEach((number, ofPlan) -> expectedPlans.put(number, expected(ofPlan)));
		Map<Integer, Map<String, Integer>> computedPlans = new TreeMap<>();
		computed.plans().forEach((plan) -> computedPlans.put(plan.plan().getNumber(), counts(plan.tally())));
		assertThat(computedPlans).isEqualTo(expectedPlans);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ukraine", "ghana" })
	void theApiAndThePageSayWhatTheCountsSay(String slug) throws Exception {
		MemberResults computed = this.results.find(slug).orElseThrow().results();
		Tally total = computed.total();
		this.mvc.perform(get("/api/v1/members/" + slug + "/results"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total.commitments").value(total.commitments()))
			.andExpect(jsonPath("$.total.completion.substantial").value(total.count(Completion.SUBSTANTIAL)))
			.andExpect(jsonPath("$.total.completion.notAssessed").value(total.count(Completion.NOT_ASSESSED)))
			.andExpect(jsonPath("$.total.didItOpenGovernment.major").value(total.count(OpenedGovernment.MAJOR)))
			.andExpect(jsonPath("$.total.starred").value(total.starred()))
			.andExpect(jsonPath("$.plans[0].number").value(computed.plans().get(0).plan().getNumber()))
			.andExpect(jsonPath("$.plans[0].commitments").value(computed.plans().get(0).tally().commitments()));
		this.mvc.perform(get("/members/" + slug))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<caption id=\"results-total-completion-caption\">")))
			.andExpect(content().string(containsString("<th scope=\"row\">Substantial</th><td class=\"num\">"
					+ total.count(Completion.SUBSTANTIAL) + "</td>")));
	}

	/** The commitments of the member, as the export's rows. */
	private static List<CSVRecord> rowsOf(String name) throws IOException {
		try (Reader reader = Files.newBufferedReader(EXPORT, StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.DEFAULT.builder()
					.setHeader()
					.setSkipHeaderRecord(true)
					.get()
					.parse(reader)) {
			return parser.stream().filter((row) -> row.get("Country/Locality").strip().equals(name)).toList();
		}
	}

	/**
	 * Counts computed from the cells: completion and stars at the end of term, else at
	 * the progress report.
	 */
	private static Map<String, Integer> expected(List<CSVRecord> rows) {
		Map<String, Integer> counts = emptyCounts();
		counts.put("commitments", rows.size());
		for (CSVRecord row : rows) {
			String completion = endOfTermElseProgressReport(row, "Completion (End Of Term)",
					"Completion (Progress Report)");
			counts.merge("completion." + COMPLETION.getOrDefault(completion, "notAssessed"), 1, Integer::sum);
			String opened = row.get("Did It Open Government (Overall)").strip();
			counts.merge("opened." + OPENED.getOrDefault(opened, "notAssessed"), 1, Integer::sum);
			String starred = endOfTermElseProgressReport(row, "Starred (Current Formula) End of Term",
					"Starred (Current Formula) Progress Report");
			if ("1".equals(starred)) {
				counts.merge("starred", 1, Integer::sum);
			}
		}
		return counts;
	}

	private static String endOfTermElseProgressReport(CSVRecord row, String endOfTerm, String progressReport) {
		String value = row.get(endOfTerm).strip();
		return MISSING.contains(value) ? row.get(progressReport).strip() : value;
	}

	private static Map<String, Integer> counts(Tally tally) {
		Map<String, Integer> counts = emptyCounts();
		counts.put("commitments", tally.commitments());
		tally.completion().forEach((level, count) -> counts.put("completion." + level.key(), count));
		tally.openedGovernment().forEach((level, count) -> counts.put("opened." + level.key(), count));
		counts.put("starred", tally.starred());
		return counts;
	}

	private static Map<String, Integer> emptyCounts() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("commitments", 0);
		COMPLETION.values().forEach((key) -> counts.put("completion." + key, 0));
		counts.put("completion.notAssessed", 0);
		OPENED.values().forEach((key) -> counts.put("opened." + key, 0));
		counts.put("opened.notAssessed", 0);
		counts.put("starred", 0);
		return counts;
	}

}

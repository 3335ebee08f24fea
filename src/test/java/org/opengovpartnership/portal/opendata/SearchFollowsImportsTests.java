package org.opengovpartnership.portal.opendata;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * What an import brings is found by search as soon as the import is done, by its words in
 * either language.
 */
@SpringBootTest(
		properties = "spring.datasource.url=jdbc:h2:mem:search-imports;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@DirtiesContext
class SearchFollowsImportsTests {

	@Autowired
	OgpImporter importer;

	@Autowired
	MockMvc mvc;

	@Test
	void findsImportedCommitmentsAtOnce() throws Exception {
		this.mvc.perform(get("/members/mexico/commitments").param("q", "Verkhovna"))
			.andExpect(content().string(containsString("No commitment matches these filters.")));

		this.importer.apply(OgpFiles.realFile(), "ogp.csv");

		this.mvc.perform(get("/members/ukraine/commitments").param("q", "verkhovna"))
			.andExpect(content().string(containsString("<mark>Verkhovna</mark>")));
	}

	@Test
	void findsWhatALaterImportChangedAndNoLongerWhatItReplaced(@TempDir Path folder) throws Exception {
		this.importer.apply(OgpFiles.realFile(), "ogp.csv");
		List<List<String>> rows = OgpFiles.rows();
		row(rows, "AR0045").set(OgpFiles.column("Commitment Title"), "Zanzibarian ledger of the National Congress");
		row(rows, "UA0068").set(OgpFiles.column("Commitment Title"), "Zanzibarian draft law on public consultations");
		rows.stream()
			.filter((cells) -> cells.get(OgpFiles.column("Code")).equals("ARG"))
			.forEach((cells) -> cells.set(OgpFiles.column("Region"), "Latin America"));
		this.mvc.perform(get("/commitments").param("region", "Latin America"))
			.andExpect(content().string(containsString("No commitment matches these filters.")));

		this.importer.apply(OgpFiles.write(folder, "changed.csv", OgpFiles.csv(OgpFiles.header(), rows)),
				"changed.csv");

		this.mvc.perform(get("/commitments").param("q", "zanzibarian"))
			.andExpect(content().string(containsString("2 commitments found")))
			.andExpect(content().string(containsString("<mark>Zanzibarian</mark> ledger")));
		// Each changed commitment is indexed once: its former document is gone.
		this.mvc.perform(get("/commitments").param("member", "ukraine"))
			.andExpect(content().string(containsString("32 commitments found")));
		// Still found by its description, with its new title only.
		this.mvc.perform(get("/members/ukraine/commitments").param("q", "development"))
			.andExpect(content().string(containsString("Zanzibarian draft law on public consultations")))
			.andExpect(content().string(not(containsString("<mark>Development</mark> of a draft law"))));
		// A commitment the file left as it was, found by its member's new region.
		this.mvc.perform(get("/commitments").param("region", "Latin America"))
			.andExpect(content().string(containsString("7 commitments found")))
			.andExpect(content().string(containsString("AR0094")));
	}

	@Test
	void findsNothingOfAnImportRolledBackAndAllOfTheNextOne(@TempDir Path folder) throws Exception {
		List<List<String>> rows = OgpFiles.rows();
		row(rows, "AR0045").set(OgpFiles.column("Commitment Title"), "Quokkarian ledger of the National Congress");
		Path file = OgpFiles.write(folder, "quokka.csv", OgpFiles.csv(OgpFiles.header(), rows));

		// Written, analysed while it went on, then rolled back: the data changed since
		// its preview.
		assertThatExceptionOfType(OgpImporter.ChangedSincePreviewException.class)
			.isThrownBy(() -> this.importer.apply(file, "quokka.csv", "not the change set previewed"));
		this.mvc.perform(get("/commitments").param("q", "quokkarian"))
			.andExpect(content().string(containsString("No commitment matches these filters.")));

		this.importer.apply(file, "quokka.csv");
		this.mvc.perform(get("/commitments").param("q", "quokkarian"))
			.andExpect(content().string(containsString("One commitment found")));
	}

	private static List<String> row(List<List<String>> rows, String code) {
		return rows.stream()
			.filter((cells) -> cells.get(OgpFiles.column("Commitment Unique Identifier")).equals(code))
			.findFirst()
			.orElseThrow();
	}

}

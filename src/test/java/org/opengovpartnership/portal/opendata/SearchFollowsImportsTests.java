package org.opengovpartnership.portal.opendata;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
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

}

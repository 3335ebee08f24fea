package org.opengovpartnership.portal.api;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.opendata.SharedFileImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(locations = "classpath:opendata/test.properties")
class MemberApiControllerTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ApplicationContext context;

	@BeforeEach
	void sharedFileImported() {
		SharedFileImport.ensure(this.context);
	}

	@Test
	void listsMembersAPageAtATime() throws Exception {
		this.mvc.perform(get("/api/v1/members"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.content", hasSize(20)))
			.andExpect(jsonPath("$.content[0].slug").value("albania"))
			.andExpect(jsonPath("$.content[0].name").value("Albania"))
			.andExpect(jsonPath("$.content[0].iso3").value("ALB"))
			.andExpect(jsonPath("$.content[0].region").value("Europe"))
			.andExpect(jsonPath("$.content[0].governmentLevel").value("NATIONAL"))
			.andExpect(jsonPath("$.page.number").value(0))
			.andExpect(jsonPath("$.page.size").value(20))
			.andExpect(jsonPath("$.page.totalElements").value(SharedFileImport.MEMBERS))
			.andExpect(jsonPath("$.page.totalPages").value(4));
		this.mvc.perform(get("/api/v1/members?page=3&size=25"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content", hasSize(1)))
			.andExpect(jsonPath("$.page.number").value(3));
	}

	@Test
	void showsAMember() throws Exception {
		this.mvc.perform(get("/api/v1/members/mexico"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.slug").value("mexico"))
			.andExpect(jsonPath("$.name").value("Mexico"))
			.andExpect(jsonPath("$.memberSince").value(2011))
			.andExpect(jsonPath("$.currentActionPlan").value(4))
			.andExpect(jsonPath("$.commitmentCount").value(87))
			.andExpect(jsonPath("$.provenance.source").value("SEED"))
			.andExpect(jsonPath("$.provenance.fileName").value(nullValue()))
			.andExpect(jsonPath("$.provenance.partial").value(false));
	}

	@Test
	void saysWhereAnImportedMembersDataComesFrom() throws Exception {
		String importedOn = this.context.getBean(JdbcTemplate.class)
			.queryForObject("select source_date from members where slug = 'ukraine'", LocalDate.class)
			.toString();
		this.mvc.perform(get("/api/v1/members/ukraine"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.memberSince").value(nullValue()))
			.andExpect(jsonPath("$.provenance.source").value("IMPORT"))
			.andExpect(jsonPath("$.provenance.fileName").value("ogp.csv"))
			.andExpect(jsonPath("$.provenance.importedOn").value(importedOn))
			.andExpect(jsonPath("$.provenance.commitmentCount").value(32))
			.andExpect(jsonPath("$.provenance.actionPlans", contains(1, 2, 3, 4, 5, 6)))
			.andExpect(jsonPath("$.provenance.partial").value(true));
		this.mvc.perform(get("/api/v1/members"))
			.andExpect(jsonPath("$.content[0].slug").value("albania"))
			.andExpect(jsonPath("$.content[0].provenance.source").value("IMPORT"))
			.andExpect(jsonPath("$.content[0].provenance.partial").value(true));
	}

	@Test
	void describesTheProvenanceInTheOpenApiDescription() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.schemas.Member.properties.provenance").exists())
			.andExpect(jsonPath("$.components.schemas.Provenance.properties.partial.description")
				.value(containsString("only part of the member's commitments")))
			.andExpect(jsonPath("$.components.schemas.Provenance.properties.source.enum",
					contains("SEED", "IMPORT", "ENTERED")));
	}

	@Test
	void listsAMembersActionPlansNewestFirst() throws Exception {
		this.mvc.perform(get("/api/v1/members/mexico/action-plans"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].number", contains(4, 3, 2, 1)))
			.andExpect(jsonPath("$[0].startYear").value(2019))
			.andExpect(jsonPath("$[0].endYear").value(2021))
			.andExpect(jsonPath("$[0].irmStatus").value("PENDING"))
			.andExpect(jsonPath("$[0].commitmentCount").value(13))
			.andExpect(jsonPath("$[2].majorCount").value(12));
	}

	@Test
	void listsAMembersCommitmentsFiltered() throws Exception {
		this.mvc.perform(get("/api/v1/members/mexico/commitments?plan=4&size=5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content", hasSize(5)))
			.andExpect(jsonPath("$.content[0].code").value("MX0075"))
			.andExpect(jsonPath("$.content[*].actionPlan", everyItem(org.hamcrest.Matchers.is(4))))
			.andExpect(jsonPath("$.page.totalElements").value(13))
			.andExpect(jsonPath("$.page.totalPages").value(3));
	}

	@Test
	void listsAMembersResources() throws Exception {
		this.mvc.perform(get("/api/v1/members/mexico/resources"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(42)))
			.andExpect(jsonPath("$[0].title").value("Case Study (2013): Mexico’s Budget Transparency Portal"))
			.andExpect(jsonPath("$[0].year").value(2013))
			.andExpect(jsonPath("$[0].type").value("Research Product"))
			.andExpect(jsonPath("$[0].format").value("Web page"));
	}

	@Test
	void answersNotFoundAsAProblem() throws Exception {
		for (String address : new String[] { "/api/v1/members/atlantis", "/api/v1/members/atlantis/action-plans",
				"/api/v1/members/atlantis/commitments", "/api/v1/members/atlantis/resources" }) {
			this.mvc.perform(get(address))
				.andExpect(status().isNotFound())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(404))
				.andExpect(jsonPath("$.detail", containsString("atlantis")));
		}
	}

	@Test
	void rejectsAPageOutOfBounds() throws Exception {
		this.mvc.perform(get("/api/v1/members?size=1000"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/members?page=first"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("page")));
	}

}

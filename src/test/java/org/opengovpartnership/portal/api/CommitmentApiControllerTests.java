package org.opengovpartnership.portal.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.opendata.SharedFileImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(locations = "classpath:opendata/test.properties")
class CommitmentApiControllerTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void sharedFileImported() {
		SharedFileImport.ensure(this.context);
	}

	@Test
	void listsCommitmentsAPageAtATime() throws Exception {
		this.mvc.perform(get("/api/v1/commitments?page=2&size=5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content", hasSize(5)))
			.andExpect(jsonPath("$.page.number").value(2))
			.andExpect(jsonPath("$.page.size").value(5))
			.andExpect(jsonPath("$.page.totalElements").value(SharedFileImport.COMMITMENTS))
			.andExpect(jsonPath("$.page.totalPages").value((SharedFileImport.COMMITMENTS + 4) / 5))
			.andExpect(jsonPath("$.content[0].irm").exists())
			.andExpect(jsonPath("$.content[0].milestones").isArray());
		this.mvc.perform(get("/api/v1/commitments?member=argentina&plan=3&q=congreso"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].code", hasItem("AR0045")));
	}

	@Test
	void showsACommitmentWithItsIrmAssessment() throws Exception {
		this.mvc.perform(get("/api/v1/commitments/AR0045"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("AR0045"))
			.andExpect(jsonPath("$.member").value("argentina"))
			.andExpect(jsonPath("$.memberName").value("Argentina"))
			.andExpect(jsonPath("$.actionPlan").value(3))
			.andExpect(jsonPath("$.title").value("Apertura de datos del Congreso Nacional"))
			.andExpect(jsonPath("$.leadInstitution").value("Cámara de Diputados de la Nación - Senado de la Nación"))
			.andExpect(jsonPath("$.startDate").value("2017-08-01"))
			.andExpect(jsonPath("$.status").value("INACTIVE"))
			.andExpect(jsonPath("$.policyAreas", hasItem("Open Data")))
			.andExpect(jsonPath("$.irm.verifiable").value("Yes"))
			.andExpect(jsonPath("$.irm.relevance").value("Access to Information"))
			.andExpect(jsonPath("$.irm.potentialImpact").value("Transformative"))
			.andExpect(jsonPath("$.irm.completion").value("Substantial"))
			.andExpect(jsonPath("$.irm.openedGovernment").value("Major"))
			.andExpect(jsonPath("$.irm.earlyResults").isEmpty())
			.andExpect(jsonPath("$.irm.starred").value(true));
	}

	@Test
	void showsACommitmentsMilestones() throws Exception {
		long id = this.jdbc.queryForObject("select id from commitments where code = 'MX0075'", Long.class);
		this.jdbc.update("delete from milestones where commitment_id = ?", id);
		this.jdbc.update("insert into milestones (commitment_id, position, title, status, progress) values "
				+ "(?, 1, 'Publish the spending data', 'COMPLETED', 100), (?, 2, 'Train the auditors', 'IN_PROGRESS', 40)",
				id, id);

		try {
			this.mvc.perform(get("/api/v1/commitments/MX0075"))
				.andExpect(status().isOk())
				.andExpect(
						jsonPath("$.milestones[*].title", contains("Publish the spending data", "Train the auditors")))
				.andExpect(jsonPath("$.milestones[1].status").value("IN_PROGRESS"))
				.andExpect(jsonPath("$.milestones[1].progress").value(40))
				.andExpect(jsonPath("$.overallProgress").value(70));
		}
		finally {
			this.jdbc.update("delete from milestones where commitment_id = ?", id);
		}
	}

	@Test
	void answersNotFoundAsAProblem() throws Exception {
		this.mvc.perform(get("/api/v1/commitments/XX9999"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Not Found"))
			.andExpect(jsonPath("$.detail", containsString("XX9999")));
	}

	@Test
	void rejectsAFilterOfTheWrongKind() throws Exception {
		this.mvc.perform(get("/api/v1/commitments?plan=third"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("plan")));
	}

	@Test
	void answersARepeatedRequestWithNotModified() throws Exception {
		String etag = this.mvc.perform(get("/api/v1/commitments/AR0045"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, startsWith("W/\"")))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);

		this.mvc.perform(get("/api/v1/commitments/AR0045").header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified())
			.andExpect(content().string(""));
		this.mvc.perform(get("/api/v1/members?page=1").header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isOk());
	}

	@Test
	void letsAnySiteRead() throws Exception {
		this.mvc.perform(get("/api/v1/commitments/AR0045").header(HttpHeaders.ORIGIN, "https://journalist.example"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*"));
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options("/api/v1/commitments")
				.header(HttpHeaders.ORIGIN, "https://journalist.example")
				.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*"));
	}

	@Test
	void refusesAnonymousWrites() throws Exception {
		String body = "{\"code\": \"AR0045\", \"title\": \"Changed\"}";
		for (MockHttpServletRequestBuilder write : new MockHttpServletRequestBuilder[] { post("/api/v1/commitments"),
				put("/api/v1/commitments/AR0045"), patch("/api/v1/commitments/AR0045"),
				delete("/api/v1/commitments/AR0045"), post("/api/v1/members"), delete("/api/v1/members/argentina") }) {
			this.mvc.perform(write.contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().is(oneOf(401, 403, 405)));
		}
		assertThat(this.jdbc.queryForObject("select title from commitments where code = 'AR0045'", String.class))
			.isEqualTo("Apertura de datos del Congreso Nacional");
		assertThat(this.jdbc.queryForObject("select count(*) from members where slug = 'argentina'", Integer.class))
			.isOne();
	}

	@Test
	void describesItselfAsOpenApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.info.title").value("OGP member portal API"))
			.andExpect(jsonPath("$.paths['/api/v1/commitments/{code}'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/members/{slug}/commitments'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/commitments'].post").doesNotExist());
		this.mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}

	@Test
	void namesTheConfiguredServerWhateverHostTheRequestNames() throws Exception {
		this.mvc.perform(get("/v3/api-docs").header("Host", "evil.example").header("X-Forwarded-Host", "evil.example"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.servers.length()").value(1))
			.andExpect(jsonPath("$.servers[0].url").value("https://members.example.org"));
	}

}

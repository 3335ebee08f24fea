package org.opengovpartnership.portal.commitment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Editing commitments through the forms against the real, migrated database: what is
 * stored, what the public pages show at once, and what the audit trail keeps.
 */
@SpringBootTest(
		properties = "spring.datasource.url=jdbc:h2:mem:commitment-editing;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@DirtiesContext
class CommitmentEditingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void keepsTheFirstSaveAndTellsTheSecondEditorWhenTwoEditTheSameCommitment() throws Exception {
		long versionSeenByAna = versionOnForm("MX0076", ana());
		long versionSeenByBen = versionOnForm("MX0076", ben());
		assertThat(versionSeenByBen).isEqualTo(versionSeenByAna);

		this.mvc.perform(save("MX0076", "Ana's title", versionSeenByAna).with(ana())).andExpect(status().isFound());
		this.mvc.perform(save("MX0076", "Ben's title", versionSeenByBen).with(ben()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else saved this record while you were editing")))
			.andExpect(content().string(containsString("Ana&#39;s title")))
			.andExpect(content().string(containsString("value=\"Ben&#39;s title\"")));

		assertThat(title("MX0076")).isEqualTo("Ana's title");
		this.mvc.perform(get("/members/mexico"))
			.andExpect(content().string(containsString("Ana&#39;s title")))
			.andExpect(content().string(not(containsString("Ben&#39;s title"))));
	}

	@Test
	void showsAnEditAtOnceWithItsPublicHistoryButNoUserName() throws Exception {
		long version = versionOnForm("MX0077", ana());
		this.mvc.perform(save("MX0077", "<script>alert(1)</script> Open Education Data", version).with(ana()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/commitments/MX0077/edit"));

		this.mvc.perform(get("/members/mexico/commitments/MX0077"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt; Open Education Data")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))))
			.andExpect(content().string(containsString("<del>Transparent Education Data</del>")))
			.andExpect(content().string(not(containsString("ana"))));
		assertThat(this.jdbc.queryForObject(
				"select username from audit_events where subject_key = 'MX0077' and action = 'UPDATE'", String.class))
			.isEqualTo("ana");
	}

	@Test
	void rejectsANewCommitmentWithACodeAlreadyTaken() throws Exception {
		long plan = this.jdbc.queryForObject("select id from action_plans where number = 4", Long.class);
		this.mvc
			.perform(post("/admin/commitments").param("details.code", "MX0075")
				.param("actionPlanId", String.valueOf(plan))
				.param("details.title", "A twin")
				.param("version", "0")
				.with(ana())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Another commitment already has this code")));
		assertThat(this.jdbc.queryForObject("select count(*) from commitments where code = 'MX0075'", Long.class))
			.isEqualTo(1);
	}

	@Test
	void createsACommitmentWithMilestonesAndDeletesItAfterConfirmation() throws Exception {
		long plan = this.jdbc.queryForObject("select id from action_plans where number = 4", Long.class);
		this.mvc
			.perform(post("/admin/commitments").param("details.code", "MX0099")
				.param("actionPlanId", String.valueOf(plan))
				.param("details.title", "Open Procurement Data")
				.param("milestones[0].details.title", "Publish the first data set")
				.param("milestones[0].details.progress", "100")
				.param("milestones[1].details.title", "Train officials")
				.param("milestones[1].details.progress", "50")
				.param("milestones[2].details.title", "")
				.param("version", "0")
				.with(ana())
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from milestones m join commitments c on c.id = m.commitment_id where c.code = 'MX0099'",
				Long.class))
			.isEqualTo(2);
		this.mvc.perform(get("/members/mexico")).andExpect(content().string(containsString("Open Procurement Data")));

		this.mvc.perform(post("/admin/commitments/MX0099/delete").param("version", "0").with(ana()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/members/mexico"));
		assertThat(this.jdbc.queryForObject("select count(*) from commitments where code = 'MX0099'", Long.class))
			.isZero();
		assertThat(this.jdbc.queryForList("select action from audit_events where subject_key = 'MX0099' order by id",
				String.class))
			.containsExactly("CREATE", "DELETE");
	}

	private long versionOnForm(String code, RequestPostProcessor editor) throws Exception {
		String html = this.mvc.perform(get("/admin/commitments/" + code + "/edit").with(editor))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(html);
		assertThat(version.find()).isTrue();
		return Long.parseLong(version.group(1));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder save(String code, String title,
			long version) {
		long plan = this.jdbc.queryForObject("select action_plan_id from commitments where code = ?", Long.class, code);
		return post("/admin/commitments/" + code).param("details.code", code)
			.param("actionPlanId", String.valueOf(plan))
			.param("details.title", title)
			.param("version", String.valueOf(version))
			.with(csrf());
	}

	private String title(String code) {
		return this.jdbc.queryForObject("select title from commitments where code = ?", String.class, code);
	}

	private static RequestPostProcessor ana() {
		return user("ana").roles("EDITOR");
	}

	private static RequestPostProcessor ben() {
		return user("ben").roles("EDITOR");
	}

}

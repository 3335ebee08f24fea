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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An edit saved through the admin form is found by the explorer's search as soon as it is
 * saved, and the marks of a search never let stored markup through.
 */
@SpringBootTest(
		properties = "spring.datasource.url=jdbc:h2:mem:search-edits;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@DirtiesContext
class SearchFollowsEditsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void findsAnEditAtOnceAndEscapesItsMarkup() throws Exception {
		this.mvc.perform(get("/members/mexico/commitments").param("q", "zanzibar"))
			.andExpect(content().string(containsString("No commitment matches these filters.")));

		long plan = this.jdbc.queryForObject("select action_plan_id from commitments where code = 'MX0077'",
				Long.class);
		this.mvc
			.perform(post("/admin/commitments/MX0077").param("details.code", "MX0077")
				.param("actionPlanId", String.valueOf(plan))
				.param("details.title", "<b>Zanzibar</b> & Open Education Data")
				.param("version", String.valueOf(versionOnForm("MX0077")))
				.with(user("ana").roles("EDITOR"))
				.with(csrf()))
			.andExpect(status().isFound());

		this.mvc.perform(get("/members/mexico/commitments").param("q", "zanzibar"))
			.andExpect(content().string(containsString("One commitment found")))
			.andExpect(content()
				.string(containsString("&lt;b&gt;<mark>Zanzibar</mark>&lt;&#x2F;b&gt; &amp; Open Education Data")))
			.andExpect(content().string(not(containsString("<b>Zanzibar"))));
	}

	private long versionOnForm(String code) throws Exception {
		String html = this.mvc.perform(get("/admin/commitments/" + code + "/edit").with(user("ana").roles("EDITOR")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(html);
		assertThat(version.find()).isTrue();
		return Long.parseLong(version.group(1));
	}

}

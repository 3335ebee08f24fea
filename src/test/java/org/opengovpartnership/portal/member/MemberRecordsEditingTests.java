package org.opengovpartnership.portal.member;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The member, action plan, contact, resource and Global Report forms against the real,
 * migrated database, each save in its own transaction: concurrent edits, positions, the
 * rules that keep deletions safe, and the public page showing a change at once.
 */
@SpringBootTest(
		properties = "spring.datasource.url=jdbc:h2:mem:member-records;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@DirtiesContext
class MemberRecordsEditingTests {

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void keepsTheFirstSaveAndTellsTheSecondEditorWhenTwoEditTheSameContact() throws Exception {
		long id = this.jdbc.queryForObject("select id from contacts where name = 'Dalida Acosta'", Long.class);
		long seenByAna = versionOnForm("/admin/contacts/" + id + "/edit", ana());
		long seenByBen = versionOnForm("/admin/contacts/" + id + "/edit", ben());

		this.mvc.perform(contact(id, "Dalida Acosta Ruiz", seenByAna).with(ana()))
			.andExpect(redirectedUrl("/admin/contacts/" + id + "/edit"));
		this.mvc.perform(contact(id, "Dalida A.", seenByBen).with(ben()))
			.andExpect(status().isOk())
			.andExpect(model().attribute("stale", true))
			.andExpect(content().string(containsString("Someone else saved this record while you were editing")))
			.andExpect(content().string(containsString("<td class=\"theirs\">Dalida Acosta Ruiz</td>")))
			.andExpect(content().string(containsString("value=\"Dalida A.\"")));

		assertThat(this.jdbc.queryForObject("select name from contacts where id = ?", String.class, id))
			.isEqualTo("Dalida Acosta Ruiz");
		this.mvc.perform(get("/members/mexico"))
			.andExpect(content().string(containsString("Dalida Acosta Ruiz")))
			.andExpect(content().string(not(containsString("Dalida A.<"))));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_events where subject_type = 'Contact' and subject_key = ? and action = 'UPDATE'",
				Long.class, String.valueOf(id)))
			.isEqualTo(1L);
	}

	@Test
	void addsANewResourceLastAndShowsItAtOnce() throws Exception {
		long mexico = mexicoId();
		int last = this.jdbc.queryForObject("select max(position) from resources where member_id = ?", Integer.class,
				mexico);
		this.mvc
			.perform(post("/admin/resources").param("memberId", String.valueOf(mexico))
				.param("title", "Mexico Design Report 2021-2023")
				.param("publishedYear", "2022")
				.param("type", "IRM Report")
				.param("format", "Web page")
				.param("link", "https://www.opengovpartnership.org/documents/mexico-design-report-2021-2023/")
				.param("version", "0")
				.with(ana())
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("message", "resource.created"));
		assertThat(this.jdbc.queryForObject(
				"select position from resources where title = 'Mexico Design Report 2021-2023'", Integer.class))
			.isEqualTo(last + 1);
		this.mvc.perform(get("/members/mexico"))
			.andExpect(content().string(containsString("Mexico Design Report 2021-2023")));
		assertThat(this.jdbc.queryForObject(
				"select member_slug from audit_events where subject_type = 'MemberResource' and action = 'CREATE'",
				String.class))
			.isEqualTo("mexico");
	}

	@Test
	void storesAThirdPartyScoreAndShowsItOnTheMemberPage() throws Exception {
		long id = this.jdbc.queryForObject(
				"select id from global_report_dimensions where policy_area = 'Civic Space' order by position limit 1",
				Long.class);
		long version = versionOnForm("/admin/dimensions/" + id + "/edit", ana());
		this.mvc
			.perform(post("/admin/dimensions/" + id).param("memberId", String.valueOf(mexicoId()))
				.param("policyArea", "Civic Space")
				.param("name", "Freedom of association")
				.param("actionImplication", "CONSIDER_ACTION")
				.param("irmFinding", "IR")
				.param("thirdPartyScore", "2.5")
				.param("version", String.valueOf(version))
				.with(ana())
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select third_party_score from global_report_dimensions where id = ?",
				String.class, id))
			.isEqualTo("2.5");
		this.mvc.perform(get("/members/mexico"))
			.andExpect(content().string(containsString("Freedom of association")))
			.andExpect(content().string(containsString(">2.5<")));
	}

	@Test
	void refusesADuplicatePlanNumberAndDeletionsThatWouldOrphanRecords() throws Exception {
		long mexico = mexicoId();
		this.mvc.perform(plan(mexico, 4).with(ana()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "number"));

		long plan4 = this.jdbc.queryForObject("select id from action_plans where member_id = ? and number = 4",
				Long.class, mexico);
		long planVersion = versionOnForm("/admin/plans/" + plan4 + "/delete", ana());
		this.mvc
			.perform(post("/admin/plans/" + plan4 + "/delete").param("version", String.valueOf(planVersion))
				.with(ana())
				.with(csrf()))
			.andExpect(flash().attribute("error", "plan.delete.inUse"));
		long memberVersion = versionOnForm("/admin/members/" + mexico + "/delete", ana());
		this.mvc
			.perform(post("/admin/members/" + mexico + "/delete").param("version", String.valueOf(memberVersion))
				.with(ana())
				.with(csrf()))
			.andExpect(flash().attribute("error", "member.delete.inUse"));

		assertThat(this.jdbc.queryForObject("select count(*) from action_plans where id = ?", Long.class, plan4))
			.isOne();
		assertThat(this.jdbc.queryForObject("select count(*) from members where id = ?", Long.class, mexico)).isOne();
	}

	@Test
	void deletesAMemberWithItsContactsOnceItsPlansAreGone() throws Exception {
		this.mvc
			.perform(post("/admin/members").param("slug", "atlantis")
				.param("name", "Atlantis")
				.param("governmentLevel", "LOCAL")
				.param("memberSince", "2012")
				.param("version", "0")
				.with(ana())
				.with(csrf()))
			.andExpect(status().isFound());
		long atlantis = this.jdbc.queryForObject("select id from members where slug = 'atlantis'", Long.class);
		this.mvc.perform(plan(atlantis, 1).with(ana()).with(csrf())).andExpect(status().isFound());
		this.mvc
			.perform(post("/admin/contacts").param("memberId", String.valueOf(atlantis))
				.param("name", "Poseidon")
				.param("email", "poseidon@example.org")
				.param("version", "0")
				.with(ana())
				.with(csrf()))
			.andExpect(status().isFound());
		this.mvc.perform(get("/members/atlantis")).andExpect(content().string(containsString("Poseidon")));

		long plan = this.jdbc.queryForObject("select id from action_plans where member_id = ?", Long.class, atlantis);
		this.mvc.perform(post("/admin/plans/" + plan + "/delete").param("version", "0").with(ana()).with(csrf()))
			.andExpect(flash().attribute("message", "plan.deleted"));
		this.mvc.perform(post("/admin/members/" + atlantis + "/delete").param("version", "0").with(ana()).with(csrf()))
			.andExpect(flash().attribute("message", "member.deleted"));

		assertThat(this.jdbc.queryForObject("select count(*) from members where slug = 'atlantis'", Long.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from contacts where name = 'Poseidon'", Long.class))
			.isZero();
		this.mvc.perform(get("/members/atlantis")).andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForList(
				"select action from audit_events where member_slug = 'atlantis' and subject_type in ('Member', 'ActionPlan') order by id",
				String.class))
			.containsExactly("CREATE", "CREATE", "DELETE", "DELETE");
		assertThat(this.jdbc.queryForObject(
				"select before_values from audit_events where subject_type = 'Member' and action = 'DELETE' and member_slug = 'atlantis'",
				String.class))
			.contains("\"name\":\"Atlantis\"", "Poseidon");
	}

	private MockHttpServletRequestBuilder contact(long id, String name, long version) {
		return post("/admin/contacts/" + id).param("memberId", String.valueOf(mexicoId()))
			.param("name", name)
			.param("role", "Head of Transparency and Anti-Corruption Policies Unit")
			.param("email", "dalida@example.org")
			.param("version", String.valueOf(version))
			.with(csrf());
	}

	private static MockHttpServletRequestBuilder plan(long memberId, int number) {
		return post("/admin/plans").param("memberId", String.valueOf(memberId))
			.param("number", String.valueOf(number))
			.param("startYear", "2022")
			.param("endYear", "2024")
			.param("irmStatus", "NO_DATA")
			.param("version", "0");
	}

	private long mexicoId() {
		return this.jdbc.queryForObject("select id from members where slug = 'mexico'", Long.class);
	}

	private long versionOnForm(String url, RequestPostProcessor editor) throws Exception {
		String html = this.mvc.perform(get(url).with(editor)).andReturn().getResponse().getContentAsString();
		Matcher matcher = VERSION.matcher(html);
		assertThat(matcher.find()).as("version field on " + url).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private static RequestPostProcessor ana() {
		return user("ana").roles("EDITOR");
	}

	private static RequestPostProcessor ben() {
		return user("ben").roles("EDITOR");
	}

}

package org.opengovpartnership.portal.commitment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Milestones kept through the commitment form, against the migrated database: weight and
 * evidence stored, a bad evidence address refused with its message and nothing saved, and
 * what the public pages then show. Today is {@link #TODAY}.
 */
@SpringBootTest(
		properties = "spring.datasource.url=jdbc:h2:mem:milestone-editing;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@DirtiesContext
class MilestoneEditingTests {

	static final Instant TODAY = Instant.parse("2026-06-01T10:00:00Z");

	@Autowired
	MockMvc mvc;

	@TestConfiguration
	static class FixedClock {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(TODAY, ZoneOffset.UTC);
		}

	}

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void savesWeightsAndEvidenceAndShowsTheRoadmapAndTheWeightedProgress() throws Exception {
		this.mvc
			.perform(save("MX0080").param("milestones[0].details.title", "Publish the budget data")
				.param("milestones[0].details.status", "COMPLETED")
				.param("milestones[0].details.weight", "3")
				.param("milestones[0].evidence[0].title", "Budget portal")
				.param("milestones[0].evidence[0].url", "https://example.org/budget")
				.param("milestones[1].details.title", "Train the auditors")
				.param("milestones[1].details.status", "IN_PROGRESS")
				.param("milestones[1].details.endDate", "2027-01-15")
				.param("milestones[1].evidence[0].title", "")
				.param("milestones[1].evidence[0].url", ""))
			.andExpect(status().isFound());

		assertThat(this.jdbc.queryForList("""
				select m.weight from milestones m join commitments c on c.id = m.commitment_id
				where c.code = 'MX0080' order by m.position""", Integer.class)).containsExactly(3, 1);
		this.mvc.perform(get("/members/mexico/commitments/MX0080"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Progress: 75% (complete milestones weigh 3 of 4)")))
			.andExpect(content().string(containsString("Milestones last changed on")))
			.andExpect(content()
				.string(containsString("<a href=\"https://example.org/budget\" rel=\"noopener\">Budget portal</a>")))
			.andExpect(content().string(containsString("15 January 2027")))
			.andExpect(content().string(containsString("<td>Complete</td>")));
		this.mvc.perform(get("/members/mexico/commitments/MX0080?lang=es"))
			.andExpect(content().string(containsString("Avance: 75\u00a0% (los hitos completados pesan 3 de 4)")));
		this.mvc.perform(get("/members/mexico"))
			.andExpect(content().string(containsString("Milestones complete: 75%")))
			.andExpect(content()
				.string(containsString("<progress id=\"row-progress-1\" max=\"100\" value=\"75\">75%</progress>")));
		this.mvc.perform(get("/members/mexico/commitments?q=MX0080"))
			.andExpect(content().string(containsString("Milestones complete: 75%")));
	}

	@Test
	void savesTheDayAMilestoneWasCompletedAndShowsItInBothLanguages() throws Exception {
		this.mvc
			.perform(save("MX0080").param("milestones[0].details.title", "Publish the budget data")
				.param("milestones[0].details.status", "COMPLETED")
				.param("milestones[0].details.completedOn", "2021-03-03"))
			.andExpect(status().isFound());

		assertThat(this.jdbc.queryForObject("""
				select m.completed_on from milestones m join commitments c on c.id = m.commitment_id
				where c.code = 'MX0080'""", LocalDate.class)).isEqualTo(LocalDate.of(2021, 3, 3));
		this.mvc.perform(get("/members/mexico/commitments/MX0080"))
			.andExpect(content()
				.string(containsString("<td>Complete<br><time datetime=\"2021-03-03\">on 3 March 2021</time></td>")));
		this.mvc.perform(get("/members/mexico/commitments/MX0080?lang=es"))
			.andExpect(content()
				.string(containsString("Completado<br><time datetime=\"2021-03-03\">el 3 de marzo de 2021</time>")));
		this.mvc.perform(get("/admin/commitments/MX0080/edit").with(user("editor").roles("EDITOR")))
			.andExpect(content()
				.string(containsString("name=\"milestones[0].details.completedOn\" value=\"2021-03-03\"")));
	}

	@Test
	void rejectsEvidenceThatIsNotAWebAddressAndSavesNothing() throws Exception {
		this.mvc
			.perform(save("MX0081").param("milestones[0].details.title", "Open the register")
				.param("milestones[0].evidence[0].title", "Trick")
				.param("milestones[0].evidence[0].url", "javascript:alert(1)"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a web address starting with http:// or https://.")))
			.andExpect(content().string(containsString("value=\"Open the register\"")));

		assertThat(milestones("MX0081")).isZero();
	}

	@Test
	void rejectsALinkWithoutTitleAndAWeightOfZero() throws Exception {
		this.mvc
			.perform(save("MX0082").param("milestones[0].details.title", "Open the register")
				.param("milestones[0].details.weight", "0")
				.param("milestones[0].evidence[0].url", "https://example.org/register"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give both the title and the address of the link.")))
			.andExpect(content().string(containsString("The weight must be a whole number of 1 or more.")));

		assertThat(milestones("MX0082")).isZero();
	}

	@Test
	void removesAMilestoneAndALinkTickedForRemoval() throws Exception {
		this.mvc
			.perform(save("MX0083").param("milestones[0].details.title", "First step")
				.param("milestones[0].evidence[0].title", "Kept")
				.param("milestones[0].evidence[0].url", "https://example.org/kept")
				.param("milestones[0].evidence[1].title", "Dropped")
				.param("milestones[0].evidence[1].url", "https://example.org/dropped")
				.param("milestones[1].details.title", "Second step"))
			.andExpect(status().isFound());
		assertThat(milestones("MX0083")).isEqualTo(2);

		this.mvc
			.perform(save("MX0083").param("milestones[0].details.title", "First step")
				.param("milestones[0].evidence[0].title", "Kept")
				.param("milestones[0].evidence[0].url", "https://example.org/kept")
				.param("milestones[0].evidence[1].title", "Dropped")
				.param("milestones[0].evidence[1].url", "https://example.org/dropped")
				.param("milestones[0].evidence[1].remove", "true")
				.param("milestones[1].details.title", "Second step")
				.param("milestones[1].remove", "true"))
			.andExpect(status().isFound());

		assertThat(milestones("MX0083")).isOne();
		this.mvc.perform(get("/members/mexico/commitments/MX0083"))
			.andExpect(content().string(containsString("href=\"https://example.org/kept\"")))
			.andExpect(content().string(not(containsString("href=\"https://example.org/dropped\""))))
			.andExpect(content().string(not(containsString("<th scope=\"row\">Second step</th>"))));
	}

	@Test
	void listsTheMembersOverdueMilestonesAndThoseDueInTheNextNinetyDays() throws Exception {
		this.mvc.perform(get("/members/mexico"))
			.andExpect(content().string(containsString("No milestone is overdue.")))
			.andExpect(content().string(containsString("No milestone is due in the next 90 days.")));

		this.mvc
			.perform(save("MX0084").param("milestones[0].details.title", "Late and open")
				.param("milestones[0].details.endDate", "2026-05-31")
				.param("milestones[0].details.status", "DELAYED")
				.param("milestones[1].details.title", "Late but complete")
				.param("milestones[1].details.endDate", "2026-01-10")
				.param("milestones[1].details.status", "COMPLETED")
				.param("milestones[2].details.title", "Due on the ninetieth day")
				.param("milestones[2].details.endDate", "2026-08-30")
				.param("milestones[3].details.title", "Due later")
				.param("milestones[3].details.endDate", "2026-08-31"))
			.andExpect(status().isFound());

		String page = this.mvc.perform(get("/members/mexico"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String overdue = page.substring(page.indexOf("<h3>Overdue</h3>"),
				page.indexOf("<h3>Due in the next 90 days</h3>"));
		String soon = page.substring(page.indexOf("<h3>Due in the next 90 days</h3>"),
				page.indexOf("</div>", page.indexOf("<h3>Due in the next 90 days</h3>")));
		assertThat(overdue).contains(">Late and open</a>", "31 May 2026", "Delayed", "MX0084")
			.doesNotContain("Late but complete", "Due on the ninetieth day");
		assertThat(soon).contains(">Due on the ninetieth day</a>", "30 August 2026")
			.doesNotContain("Due later", "Late and open");
		this.mvc.perform(get("/members/mexico?lang=es"))
			.andExpect(content().string(containsString("Vencen en los pr\u00f3ximos 90 d\u00edas")))
			.andExpect(content().string(containsString("vence el")));
	}

	@Test
	void movesAMilestoneWithoutSavingUntilTheEditorSaves() throws Exception {
		String html = this.mvc
			.perform(save("MX0085").param("milestones[0].details.title", "First step")
				.param("milestones[1].details.title", "Second step")
				.param("move", "0:down"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Milestones reordered, not saved yet")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html.indexOf("value=\"Second step\"")).isPositive().isLessThan(html.indexOf("value=\"First step\""));
		assertThat(html).contains("name=\"move\" value=\"1:up\"").doesNotContain("name=\"move\" value=\"0:up\"");
		assertThat(milestones("MX0085")).isZero();

		for (String forged : new String[] { "1:down", "-1:up", "9999:up", "sideways" }) {
			this.mvc
				.perform(save("MX0085").param("milestones[0].details.title", "First step")
					.param("milestones[1].details.title", "Second step")
					.param("move", forged))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Milestones reordered"))));
		}

		this.mvc
			.perform(save("MX0085").param("milestones[0].details.title", "Second step")
				.param("milestones[1].details.title", "First step"))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForList("""
				select m.title from milestones m join commitments c on c.id = m.commitment_id
				where c.code = 'MX0085' order by m.position""", String.class)).containsExactly("Second step",
				"First step");
	}

	@Test
	void aStaleSaveKeepsBothEditorsMilestonesVisibleAndSavesNothing() throws Exception {
		long version = versionOnForm("MX0086");
		this.mvc.perform(save("MX0086", version).param("milestones[0].details.title", "Ana's milestone"))
			.andExpect(status().isFound());

		this.mvc
			.perform(save("MX0086", version).param("milestones[0].details.title", "Ben's milestone")
				.param("milestones[0].evidence[0].title", "Ben's link")
				.param("milestones[0].evidence[0].url", "https://example.org/ben"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else saved this record while you were editing")))
			.andExpect(content().string(containsString("Ana&#39;s milestone")))
			.andExpect(content().string(containsString("value=\"Ben&#39;s milestone\"")))
			.andExpect(content().string(containsString("value=\"https://example.org/ben\"")));

		assertThat(this.jdbc.queryForList("""
				select m.title from milestones m join commitments c on c.id = m.commitment_id
				where c.code = 'MX0086'""", String.class)).containsExactly("Ana's milestone");
	}

	private MockHttpServletRequestBuilder save(String code) throws Exception {
		return save(code, versionOnForm(code));
	}

	private MockHttpServletRequestBuilder save(String code, long version) throws Exception {
		long plan = this.jdbc.queryForObject("select action_plan_id from commitments where code = ?", Long.class, code);
		String title = this.jdbc.queryForObject("select title from commitments where code = ?", String.class, code);
		return post("/admin/commitments/" + code).param("details.code", code)
			.param("actionPlanId", String.valueOf(plan))
			.param("details.title", title)
			.param("version", String.valueOf(version))
			.with(editor())
			.with(csrf());
	}

	private long versionOnForm(String code) throws Exception {
		String html = this.mvc.perform(get("/admin/commitments/" + code + "/edit").with(editor()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(html);
		assertThat(version.find()).isTrue();
		return Long.parseLong(version.group(1));
	}

	private long milestones(String code) {
		return this.jdbc.queryForObject(
				"select count(*) from milestones m join commitments c on c.id = m.commitment_id where c.code = ?",
				Long.class, code);
	}

	private static RequestPostProcessor editor() {
		return user("ana").roles("EDITOR");
	}

}

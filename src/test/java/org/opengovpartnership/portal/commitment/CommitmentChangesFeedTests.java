package org.opengovpartnership.portal.commitment;

import java.io.StringReader;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A commitment's own Atom feed after edits through the admin form: what changed in words,
 * in English and Spanish, never who changed it; valid Atom; conditional requests; 404s;
 * and the pages that announce their feed to feed readers.
 */
@SpringBootTest(
		properties = "spring.datasource.url=jdbc:h2:mem:commitment-feed;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@DirtiesContext
@Import(StatementCounter.class)
class CommitmentChangesFeedTests {

	/** The editor's sign-in name, an e-mail address: the feed must never show it. */
	private static final String EDITOR = "ana.editor@example.org";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StatementCounter statements;

	@Test
	void saysInWordsWhatAnEditChangedAndNeverWhoChangedIt() throws Exception {
		this.mvc
			.perform(save("MX0070").param("details.irmCompletion", "Limited")
				.param("milestones[0].details.title", "Publish the first report")
				.param("milestones[0].details.status", "IN_PROGRESS")
				.param("milestones[1].details.title", "Hold the hearings"))
			.andExpect(status().isFound());
		this.mvc
			.perform(save("MX0070").param("details.irmCompletion", "Substantial")
				.param("milestones[0].details.title", "Publish the first report")
				.param("milestones[0].details.status", "COMPLETED")
				.param("milestones[1].details.title", "Hold the hearings"))
			.andExpect(status().isFound());

		MockHttpServletResponse response = feedResponse("/members/mexico/commitments/MX0070/feed.atom");
		assertThat(response.getContentType()).isEqualTo("application/atom+xml;charset=UTF-8");
		String xml = response.getContentAsString();
		assertThat(xml).doesNotContain(EDITOR).doesNotContain("ana.editor").doesNotContain("@example.org");
		Feed feed = parse(xml);
		assertThat(feed.getId()).isEqualTo("http://localhost:8080/members/mexico/commitments/MX0070/feed.atom");
		List<Entry> entries = feed.getEntries();
		assertThat(entries).hasSize(2);
		Entry newest = entries.get(0);
		assertThat(newest.getTitle())
			.isEqualTo("Completion: Limited \u2192 Substantial; Milestone 'Publish the first report' marked complete");
		assertThat(newest.getContents().get(0).getValue())
			.isEqualTo("Completion: Limited \u2192 Substantial\nMilestone 'Publish the first report' marked complete");
		assertThat(newest.getAuthors()).isEmpty();
		assertThat(feed.getAuthors()).extracting("name").containsExactly("OGP Member Portal");
		assertThat(entries.get(1).getContents().get(0).getValue()).contains("Completion: Not specified \u2192 Limited",
				"Milestone 'Publish the first report' added", "Milestone 'Hold the hearings' added");
		assertThat(newest.getUpdated()).isAfterOrEqualTo(entries.get(1).getUpdated());
		assertThat(newest.getAlternateLinks().get(0).getHref())
			.isEqualTo("http://localhost:8080/members/mexico/commitments/MX0070#history-heading");

		assertThat(xml).containsPattern("<feed [^>]*xml:lang=\"en\"");
		String spanishXml = feedResponse("/members/mexico/commitments/MX0070/feed.atom?lang=es").getContentAsString();
		assertThat(spanishXml).containsPattern("<feed [^>]*xml:lang=\"es\"");
		Feed spanish = parse(spanishXml);
		assertThat(spanish.getEntries().get(0).getTitle()).isEqualTo(
				"Nivel de cumplimiento: Limitado \u2192 Sustancial; Hito \u00abPublish the first report\u00bb marcado como completado");
	}

	@Test
	void answersARepeatedRequestWithNotModifiedUntilTheNextChange() throws Exception {
		MockHttpServletResponse first = feedResponse("/members/mexico/commitments/MX0071/feed.atom");
		String etag = first.getHeader("ETag");
		assertThat(etag).isNotBlank();
		assertThat(first.getHeader("Cache-Control")).isEqualTo("public, no-cache");
		assertThat(first.getHeader("Last-Modified")).isNotBlank();
		assertThat(parse(first.getContentAsString()).getEntries()).isEmpty();

		this.mvc.perform(get("/members/mexico/commitments/MX0071/feed.atom").header("If-None-Match", etag))
			.andExpect(status().isNotModified());
		this.mvc.perform(save("MX0071").param("details.irmCompletion", "Complete")).andExpect(status().isFound());
		this.mvc.perform(get("/members/mexico/commitments/MX0071/feed.atom").header("If-None-Match", etag))
			.andExpect(status().isOk());
	}

	@Test
	void readsTheCommitmentAndItsHistoryInTwoStatements() throws Exception {
		this.mvc.perform(save("MX0072").param("details.irmCompletion", "Limited")).andExpect(status().isFound());
		this.mvc.perform(save("MX0072").param("details.irmCompletion", "Complete")).andExpect(status().isFound());

		this.statements.reset();
		assertThat(
				parse(feedResponse("/members/mexico/commitments/MX0072/feed.atom").getContentAsString()).getEntries())
			.hasSize(2);
		System.out.println("SQL statements for a commitment's feed: " + this.statements.count());
		assertThat(this.statements.count()).as(String.join("\n", this.statements.statements())).isEqualTo(2);
	}

	@Test
	void answersNotFoundForAnUnknownMemberOrCode() throws Exception {
		this.mvc.perform(get("/members/mexico/commitments/XX9999/feed.atom")).andExpect(status().isNotFound());
		this.mvc.perform(get("/members/atlantis/commitments/MX0070/feed.atom")).andExpect(status().isNotFound());
	}

	@Test
	void everyPageWithAFeedNamesItInItsHead() throws Exception {
		assertThat(head("/members/mexico/commitments/MX0075")).contains(
				"<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/members/mexico/commitments/MX0075/feed.atom\" title=\"Changes to this commitment\">");
		assertThat(head("/members/mexico/commitments/MX0075?lang=es")).contains(
				"<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/members/mexico/commitments/MX0075/feed.atom?lang=es\" title=\"Cambios en este compromiso\">");
		assertThat(head("/members/mexico")).contains(
				"<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/members/mexico/feed.atom\" title=\"Changes to the commitments of this member\">");
		assertThat(head("/members/mexico/commitments?plan=4")).contains(
				"<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/members/mexico/feed.atom\" title=\"Changes to the commitments of this member\">");
		assertThat(head("/commitments?region=Americas")).contains(
				"<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/commitments/feed.atom?region=Americas\" title=\"Changes to the commitments of every member\">");
		assertThat(head("/members/mexico/resources")).doesNotContain("application/atom+xml");
		assertThat(head("/")).doesNotContain("application/atom+xml");
	}

	@Test
	void linksTheCommitmentPageToItsFeedInBothLanguages() throws Exception {
		assertThat(page("/members/mexico/commitments/MX0075")).contains(
				"<a href=\"/members/mexico/commitments/MX0075/feed.atom\" type=\"application/atom+xml\">Follow this commitment (Atom feed)</a>");
		assertThat(page("/members/mexico/commitments/MX0075?lang=es")).contains(
				"<a href=\"/members/mexico/commitments/MX0075/feed.atom\" type=\"application/atom+xml\">Seguir este compromiso (feed Atom)</a>");
	}

	private MockHttpServletResponse feedResponse(String address) throws Exception {
		return this.mvc.perform(get(address)).andExpect(status().isOk()).andReturn().getResponse();
	}

	private static Feed parse(String xml) throws Exception {
		WireFeedInput input = new WireFeedInput();
		input.setXmlHealerOn(false);
		return (Feed) input.build(new StringReader(xml));
	}

	private String head(String address) throws Exception {
		String html = page(address);
		return html.substring(0, html.indexOf("</head>"));
	}

	private String page(String address) throws Exception {
		return this.mvc.perform(get(address)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private MockHttpServletRequestBuilder save(String code) throws Exception {
		long plan = this.jdbc.queryForObject("select action_plan_id from commitments where code = ?", Long.class, code);
		String title = this.jdbc.queryForObject("select title from commitments where code = ?", String.class, code);
		return post("/admin/commitments/" + code).param("details.code", code)
			.param("actionPlanId", String.valueOf(plan))
			.param("details.title", title)
			.param("version", String.valueOf(versionOnForm(code)))
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

	private static RequestPostProcessor editor() {
		return user(EDITOR).roles("EDITOR");
	}

}

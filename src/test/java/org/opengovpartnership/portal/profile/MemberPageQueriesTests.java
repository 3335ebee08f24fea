package org.opengovpartnership.portal.profile;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.opengovpartnership.portal.StatementCounter;
import org.opengovpartnership.portal.TestPostgres;
import org.opengovpartnership.portal.commitment.Commitment;
import org.opengovpartnership.portal.commitment.PolicyArea;
import org.opengovpartnership.portal.member.ActionPlan;
import org.opengovpartnership.portal.member.Member;
import org.opengovpartnership.portal.system.MemberContentChanged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How many SQL statements the public pages cost, counted at the JDBC driver (whoever
 * sends them): the member page at most six, whatever the number of commitments, the first
 * of which gives its ETag; a repeat visit of an unchanged page one. A member with a
 * thousand commitments costs the same statements and stays within the size budget. The
 * page cache is off here (test configuration), so every request without
 * {@code If-None-Match} renders the page. Uses a database of its own, since one test adds
 * commitments for a while.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:statements;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@AutoConfigureMockMvc
@Import(StatementCounter.class)
class MemberPageQueriesTests {

	private static final int MAX_STATEMENTS = 6;

	/** HTML, CSS and JavaScript of a page together, before compression (DESIGN.md). */
	private static final int BUDGET_BYTES = 150 * 1024;

	private static final Pattern STYLESHEET = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	StatementCounter statements;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void loadsTheMemberPageWithAtMostSixStatements() throws Exception {
		long statements = statementsFor("/members/mexico", "87 commitments");

		System.out.println("SQL statements for /members/mexico: " + statements);
		assertThat(statements).as(sent()).isPositive().isLessThanOrEqualTo(MAX_STATEMENTS);
	}

	@Test
	void issuesTheSameStatementsWhateverTheNumberOfCommitments() throws Exception {
		long withSeed = statementsFor("/members/mexico", "87 commitments");
		this.transaction.executeWithoutResult(status -> addCommitments(40));
		try {
			long withMore = statementsFor("/members/mexico", "127 commitments");

			assertThat(withMore).as(sent()).isEqualTo(withSeed);
		}
		finally {
			this.transaction.executeWithoutResult(
					status -> this.entityManager.createQuery("delete from Commitment c where c.code like 'TEST%'")
						.executeUpdate());
		}
	}

	@Test
	void loadsTheMemberPageOfAMemberWithoutPlansWithAtMostSixStatements() throws Exception {
		this.transaction.executeWithoutResult(status -> {
			this.entityManager.createNativeQuery("insert into members (slug, name) values ('planless', 'Planless')")
				.executeUpdate();
			this.entityManager
				.createNativeQuery("insert into contacts (member_id, position, name) "
						+ "select id, 1, 'Pat Planless' from members where slug = 'planless'")
				.executeUpdate();
		});
		try {
			assertThat(statementsFor("/members/planless", "Pat Planless")).as(sent())
				.isPositive()
				.isLessThanOrEqualTo(MAX_STATEMENTS);
		}
		finally {
			this.transaction.executeWithoutResult(status -> {
				this.entityManager
					.createNativeQuery(
							"delete from contacts where member_id = (select id from members where slug = 'planless')")
					.executeUpdate();
				this.entityManager.createNativeQuery("delete from members where slug = 'planless'").executeUpdate();
			});
		}
	}

	@Test
	void keepsThePagesOfAMemberWithAThousandCommitmentsWithinTheirBudgets() throws Exception {
		this.transaction.executeWithoutResult(status -> {
			Member bigland = new Member("bigland", "Bigland");
			this.entityManager.persist(bigland);
			ActionPlan plan = new ActionPlan(bigland, 1, 2020, 2022);
			this.entityManager.persist(plan);
			for (int i = 1; i <= 1000; i++) {
				Commitment commitment = new Commitment(plan, String.format("BIG%04d", i),
						"A commitment among a thousand, number " + i);
				commitment.setNumber(i);
				this.entityManager.persist(commitment);
			}
			// As every writer does, so its version is known like any other member's.
			this.events.publishEvent(MemberContentChanged.of("bigland"));
		});
		try {
			long memberPage = statementsFor("/members/bigland", "1,000 commitments");
			assertThat(memberPage).as(sent()).isLessThanOrEqualTo(MAX_STATEMENTS);
			String html = this.mvc.perform(get("/members/bigland")).andReturn().getResponse().getContentAsString();
			assertThat(html).contains("The 100 newest are listed here")
				.contains("BIG0100")
				.doesNotContain("BIG0101")
				.contains("/members/bigland/commitments\"");
			int pageBytes = bytes(html) + bytes(stylesheetOf(html));
			System.out.println("/members/bigland, 1,000 commitments: " + memberPage + " SQL statements, " + pageBytes
					+ " bytes of HTML and CSS");
			assertThat(pageBytes).isLessThan(BUDGET_BYTES);

			assertThat(statementsFor("/members/bigland/commitments", "1,000 commitments found"))
				.isEqualTo(statementsFor("/members/mexico/commitments", "87 commitments found"));
			assertThat(statementsFor("/members/bigland/commitments/BIG0500", "number 500"))
				.isEqualTo(statementsFor("/members/mexico/commitments/MX0075", "MX0075"));
		}
		finally {
			this.transaction.executeWithoutResult(status -> {
				this.entityManager.createQuery("delete from Commitment c where c.code like 'BIG%'").executeUpdate();
				this.entityManager.createQuery("delete from ActionPlan p where p.member.slug = 'bigland'")
					.executeUpdate();
				this.entityManager.createQuery("delete from Member c where c.slug = 'bigland'").executeUpdate();
			});
		}
	}

	@Test
	void loadsTheMembersListWithAtMostTwoStatements() throws Exception {
		// The list itself, and perhaps the version of the list, for its ETag.
		assertThat(statementsFor("/", "Mexico")).as(sent()).isBetween(1L, 1 + mostVersionReads());
	}

	@Test
	void answersARepeatVisitOfAnUnchangedPageWithA304AfterAtMostOneStatement() throws Exception {
		for (String page : new String[] { "/members/mexico", "/", "/members/mexico/commitments",
				"/members/mexico/commitments/MX0075" }) {
			String etag = this.mvc.perform(get(page))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getHeader(HttpHeaders.ETAG);
			assertThat(etag).as(page).isNotBlank();

			this.statements.reset();
			MockHttpServletResponse repeat = this.mvc.perform(get(page).header(HttpHeaders.IF_NONE_MATCH, etag))
				.andExpect(status().isNotModified())
				.andReturn()
				.getResponse();

			assertThat(this.statements.count()).as(page + ": " + sent()).isBetween(0L, mostVersionReads());
			assertThat(repeat.getContentAsByteArray()).as(page).isEmpty();
			assertThat(repeat.getHeader(HttpHeaders.ETAG)).as(page).isEqualTo(etag);
		}
	}

	/**
	 * The page's version comes from memory on the embedded H2 (its sole writer keeps it),
	 * and on PostgreSQL while the listener is up; before that, it is read per request.
	 */
	private static long mostVersionReads() {
		return TestPostgres.everywhere() ? 1L : 0L;
	}

	private long statementsFor(String path, String expectedText) throws Exception {
		this.statements.reset();
		String html = this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long statements = this.statements.count();
		assertThat(html).contains(expectedText);
		return statements;
	}

	/** The stylesheet the page links to, as served. */
	private String stylesheetOf(String html) throws Exception {
		Matcher link = STYLESHEET.matcher(html);
		assertThat(link.find()).as("a stylesheet link").isTrue();
		return this.mvc.perform(get(link.group(1)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static int bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length;
	}

	/** What was sent, for a failure's message. */
	private String sent() {
		return String.join("\n", this.statements.statements());
	}

	private void addCommitments(int count) {
		ActionPlan plan = this.entityManager
			.createQuery("select p from ActionPlan p where p.member.slug = 'mexico' and p.number = 4", ActionPlan.class)
			.getSingleResult();
		PolicyArea area = this.entityManager
			.createQuery("select a from PolicyArea a where a.name = 'Open Data'", PolicyArea.class)
			.getSingleResult();
		for (int i = 1; i <= count; i++) {
			Commitment commitment = new Commitment(plan, String.format("TEST%04d", i), "Added commitment " + i);
			commitment.setNumber(100 + i);
			commitment.setPrimaryPolicyArea(area);
			this.entityManager.persist(commitment);
		}
	}

}

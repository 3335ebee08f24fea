package org.opengovpartnership.portal.member;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.opengovpartnership.portal.commitment.Commitment;
import org.opengovpartnership.portal.commitment.PolicyArea;
import org.opengovpartnership.portal.country.ActionPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How many SQL statements the member page costs, counted by Hibernate's statistics: at most six, whatever the number
 * of commitments. Uses a database of its own, since one test adds commitments for a while.
 */
@SpringBootTest(properties = { "spring.jpa.properties.hibernate.generate_statistics=true",
		"logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn",
		"spring.datasource.url=jdbc:h2:mem:statements;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@AutoConfigureMockMvc
class MemberPageQueriesTests {

	private static final int MAX_STATEMENTS = 6;

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transaction;

	private Statistics statistics;

	@BeforeEach
	void statistics() {
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		assertThat(this.statistics.isStatisticsEnabled()).isTrue();
	}

	@Test
	void loadsTheCountryPageWithAtMostSixStatements() throws Exception {
		long statements = statementsFor("/members/mexico", "87 commitments");

		System.out.println("SQL statements for /members/mexico: " + statements);
		assertThat(statements).isPositive().isLessThanOrEqualTo(MAX_STATEMENTS);
	}

	@Test
	void issuesTheSameStatementsWhateverTheNumberOfCommitments() throws Exception {
		long withSeed = statementsFor("/members/mexico", "87 commitments");
		this.transaction.executeWithoutResult(status -> addCommitments(40));
		try {
			long withMore = statementsFor("/members/mexico", "127 commitments");

			assertThat(withMore).isEqualTo(withSeed);
		}
		finally {
			this.transaction.executeWithoutResult(status -> this.entityManager
				.createQuery("delete from Commitment c where c.code like 'TEST%'")
				.executeUpdate());
		}
	}

	@Test
	void loadsTheMembersListWithOneStatement() throws Exception {
		assertThat(statementsFor("/", "Mexico")).isEqualTo(1);
	}

	private long statementsFor(String path, String expectedText) throws Exception {
		this.statistics.clear();
		String html = this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long statements = this.statistics.getPrepareStatementCount();
		assertThat(html).contains(expectedText);
		return statements;
	}

	private void addCommitments(int count) {
		ActionPlan plan = this.entityManager
			.createQuery("select p from ActionPlan p where p.country.slug = 'mexico' and p.number = 4", ActionPlan.class)
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

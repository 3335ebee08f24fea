package org.opengovpartnership.portal.commitment;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opengovpartnership.portal.system.MemberContentChanged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When PostgreSQL says every member's pages changed, the index is built again only for an
 * import of another instance: not while this instance's own import is about to index what
 * it changed (PostgreSQL notifies this instance of its own commits too, and an import's
 * after-commit indexing then waited some 23 s for a needless rebuild), nor when the index
 * holds those versions already.
 */
@SpringBootTest(
		properties = "spring.datasource.url=jdbc:h2:mem:search-follower;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext
class SearchIndexFollowerTests {

	@Autowired
	CommitmentIndex index;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void rebuildsOnlyForAnImportThatIsNotItsOwnNorIndexedAlready(CapturedOutput output) {
		// Every member's version moves, as an import on another instance moves it.
		new TransactionTemplate(this.transactions)
			.executeWithoutResult((status) -> this.events.publishEvent(MemberContentChanged.everyMember()));

		int before = output.getOut().length();
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			// This instance's own import, writing: its first part is staged.
			this.events.publishEvent(new CommitmentsWritten(List.of(new IndexedCommitment(999_999, "ZZ1", "Staged",
					null, null, null, null, "mexico", "Mexico", "Americas", "NATIONAL", 1, 2011, null, List.of(),
					"ACTIVE", null, null, null, null, Instant.now()))));
			this.index.rebuildForAnotherInstance();
			status.setRollbackOnly();
		});
		assertThat(output.getOut().substring(before)).doesNotContain(" commitments for search in ");

		this.index.rebuildForAnotherInstance();
		assertThat(output.getOut().substring(before)).contains(" commitments for search in ");

		int rebuilt = output.getOut().length();
		this.index.rebuildForAnotherInstance();
		assertThat(output.getOut().substring(rebuilt)).doesNotContain(" commitments for search in ");
	}

}

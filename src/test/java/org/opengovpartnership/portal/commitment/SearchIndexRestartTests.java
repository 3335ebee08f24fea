package org.opengovpartnership.portal.commitment;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.opengovpartnership.portal.PortalApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search index is kept on disk with the data: a restart finds it and indexes again
 * only what moved while the portal was stopped (a change committed by another instance,
 * or one its last commit missed), not every commitment.
 */
@ExtendWith(OutputCaptureExtension.class)
class SearchIndexRestartTests {

	@TempDir
	Path dataDir;

	@Test
	void findsItsIndexAtRestartAndIndexesOnlyTheMemberThatMoved(CapturedOutput output) {
		String firstStart = run(output, (context) -> assertThat(search(context, "privacy")).isNotEmpty());
		assertThat(firstStart).contains(" commitments for search in ");

		// Changed behind the index's back, as another instance would while this one is
		// stopped.
		String secondStart = run(output, (context) -> changeTitle(context, "Technology Rights and Privacy zyxwordq",
				"update members set content_version = content_version + 1 where slug = 'mexico'"));
		assertThat(secondStart).contains("Search index found up to date").doesNotContain(" commitments for search in ");

		String thirdStart = run(output,
				(context) -> assertThat(search(context, "zyxwordq")).containsExactly(commitmentId(context)));
		assertThat(thirdStart).contains("Search index found up to date after indexing again [mexico]")
			.doesNotContain(" commitments for search in ");
	}

	@Test
	void buildsItAgainAfterAnImportItDidNotFollow(CapturedOutput output) {
		run(output, (context) -> assertThat(search(context, "privacy")).isNotEmpty());
		// What a command-line import leaves: every member's version moved.
		run(output, (context) -> changeTitle(context, "Technology Rights and Privacy zyxwordq",
				"update content_versions set every_member = every_member + 1 where id = 1"));

		String thirdStart = run(output,
				(context) -> assertThat(search(context, "zyxwordq")).containsExactly(commitmentId(context)));
		assertThat(thirdStart).contains(" commitments for search in ");
	}

	/** Starts the portal, does the work, stops it: what it logged. */
	private String run(CapturedOutput output, Consumer<ConfigurableApplicationContext> work) {
		int from = output.getOut().length();
		try (ConfigurableApplicationContext context = start()) {
			work.accept(context);
		}
		return output.getOut().substring(from);
	}

	private static void changeTitle(ConfigurableApplicationContext context, String title, String bump) {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		jdbc.update("update commitments set title = ? where code = 'MX0081'", title);
		jdbc.update(bump);
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(PortalApplication.class).run("--server.port=0",
				"--portal.data-dir=" + this.dataDir,
				"--spring.datasource.url=jdbc:h2:file:${portal.data-dir}/portal;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
				"--portal.admin.password=search-index-restart-password",
				"--logging.level.org.opengovpartnership.portal.commitment=info");
	}

	private static List<Long> search(ConfigurableApplicationContext context, String words) {
		return context.getBean(CommitmentIndex.class).ranked("mexico", words);
	}

	private static Long commitmentId(ConfigurableApplicationContext context) {
		return context.getBean(JdbcTemplate.class)
			.queryForObject("select id from commitments where code = 'MX0081'", Long.class);
	}

}

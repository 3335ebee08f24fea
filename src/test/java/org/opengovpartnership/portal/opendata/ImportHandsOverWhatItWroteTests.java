package org.opengovpartnership.portal.opendata;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengovpartnership.portal.commitment.CommitmentsWritten;
import org.opengovpartnership.portal.commitment.IndexedCommitment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * An import hands the search index the values of each commitment it writes instead of the
 * index reading them back: they must be what the database holds once it commits, also
 * where the import keeps what an admin set (a member edited in the portal, a commitment's
 * primary area and a tag of its own).
 */
@SpringBootTest(
		properties = "spring.datasource.url=jdbc:h2:mem:import-hands-over;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@RecordApplicationEvents
@DirtiesContext
class ImportHandsOverWhatItWroteTests {

	@Autowired
	OgpImporter importer;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void handsOverEachCommitmentAsTheDatabaseHoldsItOnceCommitted(@TempDir Path folder, ApplicationEvents events)
			throws Exception {
		this.importer.apply(OgpFiles.realFile(), "ogp.csv");
		// What admins did in the portal since: a member renamed, a commitment given a
		// primary area and a tag the sheet does not have.
		this.jdbc.update("update members set name = 'Ukraine (edited)' where slug = 'ukraine'");
		this.jdbc.update("insert into policy_areas (name) values ('Lobbying registers')");
		long ar0045 = this.jdbc.queryForObject("select id from commitments where code = 'AR0045'", Long.class);
		this.jdbc.update("insert into commitment_policy_areas (commitment_id, policy_area_id) "
				+ "select ?, id from policy_areas where name = 'Lobbying registers'", ar0045);
		this.jdbc.update("update commitments set primary_policy_area_id = "
				+ "(select id from policy_areas where name = 'Lobbying registers') where id = ?", ar0045);

		List<List<String>> rows = OgpFiles.rows();
		List<String> argentine = row(rows, "AR0045");
		argentine.set(OgpFiles.column("Commitment Title"), "Ledger of the National Congress");
		List<String> added = new ArrayList<>(argentine);
		added.set(OgpFiles.column("Commitment Unique Identifier"), "AR0999");
		rows.add(added);
		row(rows, "UA0068").set(OgpFiles.column("Commitment Title"), "Draft law on public consultations");
		// Argentina's region changes; Ukraine's too, but Ukraine was edited in the
		// portal:
		// its fields stay as the admin left them.
		for (List<String> cells : rows) {
			String member = cells.get(OgpFiles.column("Code"));
			if (member.equals("ARG") || member.equals("UKR")) {
				cells.set(OgpFiles.column("Region"), "Elsewhere");
			}
		}
		events.clear();

		this.importer.apply(OgpFiles.write(folder, "changed.csv", OgpFiles.csv(OgpFiles.header(), rows)),
				"changed.csv");

		Map<Long, IndexedCommitment> handedOver = new TreeMap<>();
		events.stream(CommitmentsWritten.class)
			.flatMap((written) -> written.commitments().stream())
			.forEach((commitment) -> handedOver.put(commitment.id(), normalised(commitment)));
		assertThat(handedOver.values()).extracting(IndexedCommitment::code)
			.containsExactlyInAnyOrder("AR0045", "AR0999", "UA0068");
		assertThat(handedOver.get(ar0045).tags()).contains("Lobbying registers");
		assertThat(handedOver.get(ar0045).region()).isEqualTo("Elsewhere");
		assertThat(handedOver.values()).filteredOn((commitment) -> commitment.member().equals("ukraine"))
			.extracting(IndexedCommitment::memberName, IndexedCommitment::region)
			.containsExactly(tuple("Ukraine (edited)", "Europe"));
		assertThat(handedOver).isEqualTo(stored(List.copyOf(handedOver.keySet())));
	}

	/**
	 * The commitments' values as the database holds them, read here as the index does.
	 */
	private Map<Long, IndexedCommitment> stored(List<Long> ids) {
		Map<Long, List<String>> tags = new HashMap<>();
		String in = String.join(",", ids.stream().map(String::valueOf).toList());
		this.jdbc.query(
				"select l.commitment_id, a.name from commitment_policy_areas l "
						+ "join policy_areas a on a.id = l.policy_area_id where l.commitment_id in (" + in + ")",
				(row) -> {
					tags.computeIfAbsent(row.getLong(1), (id) -> new ArrayList<>()).add(row.getString(2));
				});
		Map<Long, IndexedCommitment> stored = new TreeMap<>();
		this.jdbc.query("""
				select c.id, c.code, c.title, c.short_title, c.description, c.lead_institution,
				c.supporting_institutions, m.slug, m.name, m.region, m.government_level, p.number, p.start_year,
				pa.name, c.status, c.irm_completion, c.irm_potential_impact, c.irm_opened_government, c.irm_starred,
				c.updated_at
				from commitments c join action_plans p on p.id = c.action_plan_id join members m on m.id = p.member_id
				left join policy_areas pa on pa.id = c.primary_policy_area_id where c.id in (""" + in + ")", (row) -> {
			long id = row.getLong(1);
			stored.put(id,
					normalised(new IndexedCommitment(id, row.getString(2), row.getString(3), row.getString(4),
							row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getString(9),
							row.getString(10), row.getString(11), row.getInt(12), row.getInt(13), row.getString(14),
							tags.getOrDefault(id, List.of()), row.getString(15), row.getString(16), row.getString(17),
							row.getString(18), (Boolean) row.getObject(19),
							row.getObject(20, OffsetDateTime.class).toInstant())));
		});
		return stored;
	}

	/** Tags in no particular order, times to the millisecond the index keeps. */
	private static IndexedCommitment normalised(IndexedCommitment c) {
		return new IndexedCommitment(c.id(), c.code(), c.title(), c.shortTitle(), c.description(), c.lead(),
				c.supporting(), c.member(), c.memberName(), c.region(), c.level(), c.plan(), c.year(), c.primaryArea(),
				c.tags().stream().distinct().sorted().toList(), c.status(), c.completion(), c.impact(), c.opened(),
				c.starred(), c.updatedAt().truncatedTo(ChronoUnit.MILLIS));
	}

	private static List<String> row(List<List<String>> rows, String code) {
		return rows.stream()
			.filter((cells) -> cells.get(OgpFiles.column("Commitment Unique Identifier")).equals(code))
			.findFirst()
			.orElseThrow();
	}

}

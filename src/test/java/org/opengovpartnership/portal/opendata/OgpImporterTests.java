package org.opengovpartnership.portal.opendata;

import org.opengovpartnership.portal.FreshSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengovpartnership.portal.commitment.Commitment;
import org.opengovpartnership.portal.commitment.CommitmentRepository;
import org.opengovpartnership.portal.commitment.CommitmentStatus;
import org.opengovpartnership.portal.commitment.PolicyArea;
import org.opengovpartnership.portal.member.GovernmentLevel;
import org.opengovpartnership.portal.opendata.ImportReport.Counts;
import org.opengovpartnership.portal.opendata.ImportReport.HeldBack;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest
@TestPropertySource(locations = "classpath:opendata/test.properties")
class OgpImporterTests {

	/** What the V2 migration seeds: Mexico, its 4 plans and 87 commitments. */
	private static final int SEEDED_MEMBERS = 1;

	private static final int SEEDED_PLANS = 4;

	private static final int SEEDED_COMMITMENTS = 87;

	@Autowired
	private OgpImporter importer;

	@Autowired
	private CommitmentRepository commitments;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Flyway flyway;

	@Autowired
	private TransactionTemplate transactions;

	@TempDir
	private Path folder;

	@BeforeEach
	void freshDatabase() {
		FreshSchema.recreate(this.flyway);
	}

	@Test
	void importsTheSharedFile() {
		ImportReport report = this.importer.apply(OgpFiles.realFile(), "ogp.csv");

		assertThat(report.rows()).isEqualTo(558);
		assertThat(report.members()).isEqualTo(new Counts(75, 0, 0, 0));
		assertThat(report.plans()).isEqualTo(new Counts(214, 0, 0, 0));
		assertThat(report.commitments()).isEqualTo(new Counts(558, 0, 0, 0));
		assertThat(count("members")).isEqualTo(SEEDED_MEMBERS + 75);
		assertThat(count("action_plans")).isEqualTo(SEEDED_PLANS + 214);
		assertThat(count("commitments")).isEqualTo(SEEDED_COMMITMENTS + 558);
		assertThat(count("commitment_sources")).isEqualTo(558);
	}

	@Test
	void keepsTheFileValues() {
		this.importer.apply(OgpFiles.realFile(), "ogp.csv");

		this.transactions.executeWithoutResult((status) -> {
			Commitment argentina = commitment("argentina", "AR0045");
			assertThat(argentina.getTitle()).isEqualTo("Apertura de datos del Congreso Nacional");
			assertThat(argentina.getLeadInstitution())
				.isEqualTo("Cámara de Diputados de la Nación - Senado de la Nación");
			assertThat(argentina.getActionPlan().getNumber()).isEqualTo(3);
			assertThat(argentina.getActionPlan().getYears()).isEqualTo("2017-2019");
			assertThat(argentina.getNumber()).isEqualTo(11);
			assertThat(argentina.getStartDate()).isEqualTo(LocalDate.of(2017, 8, 1));
			assertThat(argentina.getEndDate()).isEqualTo(LocalDate.of(2019, 6, 30));
			assertThat(argentina.getStatus()).isEqualTo(CommitmentStatus.INACTIVE);
			assertThat(argentina.getIrmCompletion()).isEqualTo("Substantial");
			assertThat(argentina.getIrmVerifiable()).isEqualTo("Yes");
			assertThat(argentina.getIrmPotentialImpact()).isEqualTo("Transformative");
			assertThat(argentina.getIrmOpenedGovernment()).isEqualTo("Major");
			assertThat(argentina.getIrmRelevance()).isEqualTo("Access to Information");
			assertThat(argentina.getIrmStarred()).isTrue();
			assertThat(argentina.getIrmEarlyResults()).isNull();
			assertThat(argentina.getPolicyAreas()).extracting(PolicyArea::getName)
				.containsExactlyInAnyOrder("Democratizing Decision-Making", "Regulatory Governance", "Fiscal Openness",
						"Publication Of Budget/Fiscal Information", "Open Parliaments", "Open Data",
						"Access to information");
			assertThat(argentina.getActionPlan().getMember().getIso3()).isEqualTo("ARG");
			assertThat(argentina.getActionPlan().getMember().getRegion()).isEqualTo("Americas");

			// No end-of-term report (ND): completion and star come from the progress
			// report; NA is missing.
			Commitment albania = commitment("albania", "AL0002");
			assertThat(albania.getIrmCompletion()).isEqualTo("Substantial");
			assertThat(albania.getIrmStarred()).isFalse();
			assertThat(albania.getStartDate()).isNull();
			assertThat(albania.getIrmEarlyResults()).isNull();
			assertThat(albania.getDescription()).startsWith("e-Acts project aims to support");

			// A day-first date is not misread as a month: it stays text in the export
			// only.
			assertThat(commitment("bulgaria", "BG0035").getEndDate()).isNull();
		});
		assertThat(this.jdbc.queryForObject("select government_level from members where slug = ?", String.class,
				"buenos-aires-argentina"))
			.isEqualTo(GovernmentLevel.LOCAL.name());
		assertThat(this.jdbc.queryForObject("select name from members where slug = 'cote-divoire'", String.class))
			.isEqualTo("Cote d'Ivoire");
	}

	@Test
	@WithMockUser("editor")
	void recordsEachImportInTheAuditTrail() throws Exception {
		ImportReport report = this.importer.apply(OgpFiles.realFile(), "ogp.csv");

		Map<String, Object> event = this.jdbc.queryForMap("select * from audit_events where action = 'IMPORT'");
		assertThat(event).containsEntry("username", "editor")
			.containsEntry("subject_type", OgpImporter.AUDIT_SUBJECT)
			.containsEntry("subject_key", "ogp.csv");
		assertThat(event.get("occurred_at")).isNotNull();
		String sha256 = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(OgpFiles.realFile())));
		assertThat(report.sha256()).isEqualTo(sha256);
		assertThat((String) event.get("after_values")).contains(sha256)
			.contains("\"commitments\":\"558 created, 0 updated, 0 unchanged, 0 in conflict\"")
			.contains("\"members\":\"75 created");
	}

	@Test
	void previewWritesNothing() {
		ImportReport report = this.importer.preview(OgpFiles.realFile(), "ogp.csv");

		assertThat(report.members()).isEqualTo(new Counts(75, 0, 0, 0));
		assertThat(report.plans()).isEqualTo(new Counts(214, 0, 0, 0));
		assertThat(report.commitments()).isEqualTo(new Counts(558, 0, 0, 0));
		assertThat(report.applied()).isFalse();
		assertNothingImported();
	}

	@Test
	void secondImportChangesNothing() {
		this.importer.apply(OgpFiles.realFile(), "ogp.csv");
		List<?> before = this.jdbc.queryForList("select code, version, updated_at from commitments order by code");

		ImportReport preview = this.importer.preview(OgpFiles.realFile(), "ogp.csv");
		ImportReport second = this.importer.apply(OgpFiles.realFile(), "ogp.csv");

		for (ImportReport report : List.of(preview, second)) {
			assertThat(report.members()).isEqualTo(new Counts(0, 0, 75, 0));
			assertThat(report.plans()).isEqualTo(new Counts(0, 0, 214, 0));
			assertThat(report.commitments()).isEqualTo(new Counts(0, 0, 558, 0));
			assertThat(report.changesNothing()).isTrue();
		}
		assertThat(this.jdbc.queryForList("select code, version, updated_at from commitments order by code"))
			.isEqualTo(before);
	}

	@Test
	void recordsWhereEachMembersDataComesFrom() {
		LocalDate before = LocalDate.now(ZoneOffset.UTC);
		this.importer.apply(OgpFiles.realFile(), "ogp-commitments-open-parliament-2024-07.csv");
		LocalDate after = LocalDate.now(ZoneOffset.UTC);

		assertThat(source("ukraine")).containsEntry("source_kind", "IMPORT")
			.containsEntry("source_file", "ogp-commitments-open-parliament-2024-07.csv")
			.containsEntry("source_commitments", 32)
			.containsEntry("source_plans", "1,2,3,4,5,6")
			.containsEntry("source_partial", true);
		assertThat(importedOn("ukraine")).isBetween(before, after);
		assertThat(source("denmark")).containsEntry("source_commitments", 1).containsEntry("source_plans", "1");
		assertThat(count("members where source_kind = 'IMPORT' and source_partial")).isEqualTo(75);
		assertThat(source("mexico")).containsEntry("source_kind", "SEED")
			.containsEntry("source_file", null)
			.containsEntry("source_partial", false);
	}

	@Test
	void keepsTheRecordOfTheSameFileImportedAgainDayIncluded() {
		this.importer.apply(OgpFiles.realFile(), "ogp.csv");
		this.jdbc.update("update members set source_date = date '2020-01-01' where source_kind = 'IMPORT'");
		List<Map<String, Object>> before = this.jdbc.queryForList("select * from members order by slug");

		this.importer.apply(OgpFiles.realFile(), "ogp.csv");

		assertThat(this.jdbc.queryForList("select * from members order by slug")).isEqualTo(before);
	}

	@Test
	void recordsTheDayOfAnImportThatChangesAMember() {
		this.importer.apply(OgpFiles.realFile(), "ogp.csv");
		this.jdbc.update("update members set source_date = date '2020-01-01' where source_kind = 'IMPORT'");
		List<String> header = OgpFiles.header();
		List<List<String>> rows = OgpFiles.rows();
		rows.get(indexOf(rows, "AR0045")).set(OgpFiles.column("Commitment Title"), "Open data of the Congress");

		this.importer.apply(file(header, rows), "ogp.csv");

		assertThat(importedOn("argentina")).isAfter(LocalDate.of(2020, 1, 1));
		assertThat(importedOn("albania")).isEqualTo(LocalDate.of(2020, 1, 1));
	}

	@Test
	void recordsAFileWithARowOutsideParliamentAsHoldingAllOfItsMembersCommitments() {
		List<String> header = OgpFiles.header();
		List<List<String>> rows = OgpFiles.rows();
		OgpSheet.PARLIAMENT_AREAS.forEach((area) -> rows.get(0).set(OgpFiles.column(area), "0"));

		this.importer.apply(file(header, rows), "full-sheet.csv");

		assertThat(count("members where source_partial")).isZero();
		assertThat(source("ukraine")).containsEntry("source_file", "full-sheet.csv")
			.containsEntry("source_commitments", 32);
	}

	@Test
	void previewRecordsNoSource() {
		this.importer.apply(OgpFiles.realFile(), "ogp.csv");

		this.importer.preview(OgpFiles.realFile(), "another-name.csv");

		assertThat(count("members where source_file = 'ogp.csv'")).isEqualTo(75);
	}

	@Test
	void updatesWhatTheFileChanged() {
		this.importer.apply(OgpFiles.realFile(), "ogp.csv");
		List<String> header = OgpFiles.header();
		List<List<String>> rows = OgpFiles.rows();
		int row = indexOf(rows, "AR0045");
		rows.get(row).set(OgpFiles.column("Commitment Title"), "Open data of the National Congress");
		rows.get(row).set(OgpFiles.column("Open Data"), "0");
		rows.stream()
			.filter((cells) -> cells.get(OgpFiles.column("Code")).equals("ARG"))
			.forEach((cells) -> cells.set(OgpFiles.column("Region"), "Latin America"));

		ImportReport report = this.importer.apply(file(header, rows), "changed.csv");

		assertThat(report.members()).isEqualTo(new Counts(0, 1, 74, 0));
		assertThat(report.commitments()).isEqualTo(new Counts(0, 1, 557, 0));
		this.transactions.executeWithoutResult((status) -> {
			Commitment commitment = commitment("argentina", "AR0045");
			assertThat(commitment.getTitle()).isEqualTo("Open data of the National Congress");
			assertThat(commitment.getPolicyAreas()).extracting(PolicyArea::getName).doesNotContain("Open Data");
			assertThat(commitment.getVersion()).isEqualTo(1);
		});
		Map<String, Object> event = this.jdbc.queryForMap(
				"select * from audit_events where action = 'UPDATE' and subject_type = 'Commitment' and subject_key = 'AR0045'");
		assertThat(event).containsEntry("member_slug", "argentina");
		assertThat((String) event.get("before_values"))
			.contains("\"title\":\"Apertura de datos del Congreso Nacional\"");
		assertThat((String) event.get("after_values")).contains("\"title\":\"Open data of the National Congress\"")
			.doesNotContain("\"Open Data\"");
		assertThat(count("audit_events where action = 'UPDATE'")).isOne();
	}

	@Test
	void appliesTheChangesPreviewedOrNothing() {
		this.importer.apply(OgpFiles.realFile(), "ogp.csv");
		List<List<String>> rows = OgpFiles.rows();
		List<String> first = rows.get(indexOf(rows, "AR0045"));
		List<String> last = rows.get(rows.size() - 1);
		first.set(OgpFiles.column("Commitment Title"), "Open data of the National Congress");
		last.set(OgpFiles.column("Commitment Title"), "A title changed in the file");
		Path changed = file(OgpFiles.header(), rows);
		ImportReport preview = this.importer.preview(changed, "changed.csv");
		assertThat(this.importer.preview(changed, "changed.csv").changeSet()).as("the same changes, the same set")
			.isEqualTo(preview.changeSet());
		// Between the preview and the confirmation, an editor changes the last row's
		// commitment by hand: the file
		// would now leave it as a conflict, so the change set previewed is not what
		// confirming would apply.
		String lastCode = last.get(OgpFiles.column(OgpSheet.CODE));
		this.transactions.executeWithoutResult((status) -> {
			Commitment commitment = commitment(this.jdbc.queryForObject("""
					select m.slug from commitments c join action_plans p on p.id = c.action_plan_id
					join members m on m.id = p.member_id where c.code = ?""", String.class, lastCode), lastCode);
			commitment.setLeadInstitution("Edited by hand");
			this.commitments.save(commitment);
		});
		List<?> before = this.jdbc.queryForList("select code, title, version from commitments order by code");

		assertThatExceptionOfType(OgpImporter.ChangedSincePreviewException.class)
			.isThrownBy(() -> this.importer.apply(changed, "changed.csv", preview.changeSet()));

		assertThat(this.jdbc.queryForList("select code, title, version from commitments order by code"))
			.as("nothing stored, not even AR0045's change found before the difference")
			.isEqualTo(before);
		ImportReport again = this.importer.preview(changed, "changed.csv");
		assertThat(again.commitments()).isEqualTo(new Counts(0, 1, 556, 1));
		ImportReport applied = this.importer.apply(changed, "changed.csv", again.changeSet());
		assertThat(applied.changeSet()).isEqualTo(again.changeSet());
		this.transactions.executeWithoutResult((status) -> assertThat(commitment("argentina", "AR0045").getTitle())
			.isEqualTo("Open data of the National Congress"));
	}

	@Test
	void reportsAHandEditAsAConflictAndKeepsIt() {
		this.importer.apply(OgpFiles.realFile(), "ogp.csv");
		Commitment edited = this.transactions.execute((status) -> {
			Commitment commitment = commitment("argentina", "AR0045");
			commitment.setLeadInstitution("Honorable Cámara de Diputados");
			return this.commitments.save(commitment);
		});

		ImportReport report = this.importer.apply(OgpFiles.realFile(), "ogp.csv");

		assertThat(report.commitments()).isEqualTo(new Counts(0, 0, 557, 1));
		assertThat(report.conflicts()).singleElement().satisfies((conflict) -> {
			assertThat(conflict.code()).isEqualTo("AR0045");
			assertThat(conflict.memberName()).isEqualTo("Argentina");
			assertThat(conflict.line()).isGreaterThan(1);
		});
		this.transactions.executeWithoutResult((status) -> {
			Commitment commitment = commitment("argentina", "AR0045");
			assertThat(commitment.getLeadInstitution()).isEqualTo("Honorable Cámara de Diputados");
			assertThat(commitment.getVersion()).isEqualTo(edited.getVersion());
		});
	}

	@Test
	void keepsAMemberAndAPlanEditedInThePortalAndStillImportsTheirCommitments() {
		this.importer.apply(OgpFiles.realFile(), "ogp.csv");
		this.jdbc.update("update members set region = 'South America' where slug = 'argentina'");
		this.jdbc.update("update action_plans set end_year = end_year + 1 where number = 1 and member_id = "
				+ "(select id from members where slug = 'argentina')");
		int argentinaPlanOneEnd = this.jdbc.queryForObject("select end_year from action_plans where number = 1 and "
				+ "member_id = (select id from members where slug = 'argentina')", Integer.class);
		List<String> header = OgpFiles.header();
		List<List<String>> rows = OgpFiles.rows();
		rows.stream().filter((cells) -> cells.get(OgpFiles.column("Code")).equals("ARG")).forEach((cells) -> {
			cells.set(OgpFiles.column("Region"), "Latin America");
			if (cells.get(OgpFiles.column("Action Plan Number")).equals("1")) {
				cells.set(OgpFiles.column("Action Plan End Year"), String.valueOf(argentinaPlanOneEnd + 1));
			}
		});
		int row = indexOf(rows, "AR0045");
		rows.get(row).set(OgpFiles.column("Commitment Title"), "Open data of the National Congress");

		ImportReport report = this.importer.apply(file(header, rows), "changed.csv");

		assertThat(report.members()).isEqualTo(new Counts(0, 0, 74, 1));
		assertThat(report.plans().conflicts()).isOne();
		assertThat(report.heldBack()).extracting(HeldBack::memberName, HeldBack::planNumber)
			.containsExactly(tuple("Argentina", null), tuple("Argentina", 1));
		assertThat(report.commitments().updated()).isOne();
		assertThat(this.jdbc.queryForObject("select region from members where slug = 'argentina'", String.class))
			.isEqualTo("South America");
		assertThat(this.jdbc.queryForObject("select end_year from action_plans where number = 1 and member_id = "
				+ "(select id from members where slug = 'argentina')", Integer.class))
			.isEqualTo(argentinaPlanOneEnd);
		assertThat(this.jdbc.queryForObject("select title from commitments where code = 'AR0045'", String.class))
			.isEqualTo("Open data of the National Congress");
	}

	@Test
	void takesAMemberEditedToWhatTheFileSaysAsImportedAgain() {
		this.importer.apply(OgpFiles.realFile(), "ogp.csv");
		this.jdbc.update("update members set region = 'South America' where slug = 'argentina'");
		List<String> header = OgpFiles.header();
		List<List<String>> rows = OgpFiles.rows();
		rows.stream()
			.filter((cells) -> cells.get(OgpFiles.column("Code")).equals("ARG"))
			.forEach((cells) -> cells.set(OgpFiles.column("Region"), "South America"));
		Path agreeing = file(header, rows);

		assertThat(this.importer.apply(agreeing, "agreeing.csv").members()).isEqualTo(new Counts(0, 0, 75, 0));
		rows.stream()
			.filter((cells) -> cells.get(OgpFiles.column("Code")).equals("ARG"))
			.forEach((cells) -> cells.set(OgpFiles.column("Region"), "Americas"));

		assertThat(this.importer.apply(file(header, rows), "later.csv").members()).isEqualTo(new Counts(0, 1, 74, 0));
		assertThat(this.jdbc.queryForObject("select region from members where slug = 'argentina'", String.class))
			.isEqualTo("Americas");
	}

	@Test
	void leavesTagsTheSheetCannotExpress() {
		this.importer.apply(OgpFiles.realFile(), "ogp.csv");
		long area = this.jdbc.queryForObject("select id from policy_areas where name = 'E-Government'", Long.class);
		long id = this.jdbc.queryForObject("select id from commitments where code = 'AR0045'", Long.class);
		this.jdbc.update("insert into commitment_policy_areas (commitment_id, policy_area_id) values (?, ?)", id, area);

		ImportReport report = this.importer.apply(OgpFiles.realFile(), "ogp.csv");

		assertThat(report.commitments()).isEqualTo(new Counts(0, 0, 558, 0));
		assertThat(count("commitment_policy_areas where commitment_id = " + id + " and policy_area_id = " + area))
			.isOne();
	}

	@Test
	void refusesToImportWhileAnotherImportRuns() throws Exception {
		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(1);
		Thread otherInstance = new Thread(() -> this.transactions.executeWithoutResult((status) -> {
			this.jdbc.queryForList("select id from import_lock where id = 1 for update", Integer.class);
			locked.countDown();
			try {
				done.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}));
		otherInstance.start();
		try {
			assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
			assertThatExceptionOfType(ImportRejectedException.class)
				.isThrownBy(() -> this.importer.apply(OgpFiles.realFile(), "ogp.csv"))
				.withMessageContaining("Another import is running");
		}
		finally {
			done.countDown();
			otherInstance.join();
		}
		assertNothingImported();
		assertThat(this.importer.apply(OgpFiles.realFile(), "ogp.csv").commitments().created()).isEqualTo(558);
	}

	@Test
	void rejectsARowWithoutIdentifier() {
		assertRejected("Commitment Unique Identifier", "", 2, "no identifier");
	}

	@Test
	void rejectsAMalformedActionPlanNumber() {
		assertRejected("Action Plan Number", "third", 3, "not an action plan number");
	}

	@Test
	void rejectsAMalformedYear() {
		assertRejected("Year Of Submission", "20I8", 4, "not a year");
	}

	@Test
	void rejectsAControlCharacterInAnyCellWithItsLineAndColumn() {
		assertRejected("Commitment Title", "Open \0data", 5, "character 6 is the control character U+0000");
		assertRejected("Lead Institution", "Ministry\013of Finance", 7, "U+000B");
		assertRejected("Theme", "\u0085", 9, "U+0085");
	}

	@Test
	void keepsTabsAndLineBreaksInText() {
		List<String> header = OgpFiles.header();
		List<List<String>> rows = OgpFiles.rows();
		rows.get(2).set(OgpFiles.column("Commitment Title"), "First line\r\nsecond\tline");

		this.importer.apply(file(header, rows), "tabs.csv");

		assertThat(this.jdbc.queryForObject("select title from commitments where code = ?", String.class,
				rows.get(2).get(0)))
			.isEqualTo("First line\r\nsecond\tline");
	}

	@Test
	void rejectsADuplicatedIdentifier() {
		List<String> header = OgpFiles.header();
		List<List<String>> rows = OgpFiles.rows();
		String code = rows.get(0).get(0);
		rows.get(3).set(0, code);

		assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> this.importer.apply(file(header, rows), "bad.csv"))
			.satisfies((ex) -> {
				assertThat(ex.getLine()).isEqualTo(OgpFiles.lineOf(header, rows, 3));
				assertThat(ex.getColumn()).isEqualTo("Commitment Unique Identifier");
				assertThat(ex.getMessage()).contains(code).contains("line 2 already");
			});
		assertNothingImported();
	}

	@Test
	void rejectsABadRowAfterManyGoodOnesAndStoresNothing() {
		List<String> header = OgpFiles.header();
		List<List<String>> rows = OgpFiles.rows();
		List<String> late = new ArrayList<>(rows.get(0));
		late.set(OgpFiles.column("Action Plan End Year"), "soon");
		rows.add(late);
		assertThat(rows.size()).isGreaterThan(ImportPlan.CHUNK);

		assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> this.importer.apply(file(header, rows), "bad.csv"))
			.satisfies((ex) -> assertThat(ex.getLine()).isEqualTo(OgpFiles.lineOf(header, rows, rows.size() - 1)));
		assertNothingImported();
	}

	@Test
	void rejectsAFileThatIsNotCsv() {
		Path json = OgpFiles.write(this.folder, "commitments.json",
				"[{\"code\": \"AL0002\", \"title\": \"e-Acts\"}]\n");

		assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> this.importer.apply(json, "commitments.json"))
			.satisfies((ex) -> {
				assertThat(ex.getLine()).isEqualTo(1);
				assertThat(ex.getMessage()).contains("not OGP's commitment sheet")
					.contains("Commitment Unique Identifier");
			});
		assertNothingImported();
	}

	@Test
	void rejectsARowWithTooFewCells() {
		List<String> header = OgpFiles.header();
		List<List<String>> rows = OgpFiles.rows().subList(0, 5);
		rows.set(2, rows.get(2).subList(0, 20));

		assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> this.importer.apply(file(header, rows), "short.csv"))
			.satisfies((ex) -> {
				assertThat(ex.getLine()).isEqualTo(OgpFiles.lineOf(header, rows, 2));
				assertThat(ex.getMessage()).contains("20 cells");
			});
		assertNothingImported();
	}

	@Test
	void rejectsAFileThatIsNotUtf8() {
		List<String> header = OgpFiles.header();
		List<List<String>> rows = OgpFiles.rows().subList(0, 3);
		rows.get(1).set(OgpFiles.column("Commitment Title"), "Transparencia del Congreso de la Nación");
		String text = OgpFiles.csv(header, rows);
		Path latin1 = OgpFiles.write(this.folder, "latin1.csv", text.getBytes(StandardCharsets.ISO_8859_1));

		assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> this.importer.apply(latin1, "latin1.csv"))
			.satisfies((ex) -> {
				assertThat(ex.getLine()).isEqualTo(OgpFiles.lineOf(header, rows, 1));
				assertThat(ex.getMessage()).contains("not UTF-8");
			});
		assertNothingImported();
	}

	private void assertRejected(String column, String value, int row, String problem) {
		List<String> header = OgpFiles.header();
		List<List<String>> rows = OgpFiles.rows();
		rows.get(row).set(OgpFiles.column(column), value);

		assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> this.importer.apply(file(header, rows), "bad.csv"))
			.satisfies((ex) -> {
				assertThat(ex.getLine()).isEqualTo(OgpFiles.lineOf(header, rows, row));
				assertThat(ex.getColumn()).isEqualTo(column);
				assertThat(ex.getMessage()).startsWith("Line " + ex.getLine() + ", column \u201c" + column)
					.contains(problem);
			});
		assertNothingImported();
	}

	private void assertNothingImported() {
		assertThat(count("members")).isEqualTo(SEEDED_MEMBERS);
		assertThat(count("action_plans")).isEqualTo(SEEDED_PLANS);
		assertThat(count("commitments")).isEqualTo(SEEDED_COMMITMENTS);
		assertThat(count("commitment_sources")).isZero();
		assertThat(count("audit_events")).isZero();
	}

	private Path file(List<String> header, List<List<String>> rows) {
		return OgpFiles.write(this.folder, "file.csv", OgpFiles.csv(header, rows));
	}

	private Commitment commitment(String slug, String code) {
		return this.commitments.findPageByMemberSlugAndCode(slug, code).orElseThrow();
	}

	private static int indexOf(List<List<String>> rows, String code) {
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).get(0).equals(code)) {
				return i;
			}
		}
		throw new IllegalArgumentException(code);
	}

	private Map<String, Object> source(String slug) {
		return this.jdbc.queryForMap("select source_kind, source_file, source_commitments, source_plans, "
				+ "source_partial from members where slug = ?", slug);
	}

	private LocalDate importedOn(String slug) {
		return this.jdbc.queryForObject("select source_date from members where slug = ?", LocalDate.class, slug);
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

}

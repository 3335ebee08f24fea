package org.opengovpartnership.portal.opendata;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.lang.reflect.RecordComponent;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

import org.opengovpartnership.portal.commitment.Commitment;
import org.opengovpartnership.portal.commitment.CommitmentDetails;
import org.opengovpartnership.portal.commitment.CommitmentSearch;
import org.opengovpartnership.portal.member.GovernmentLevel;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.util.ReflectionUtils;

/**
 * The importer's reads and writes. Commitments are read as entities; writes go through
 * JDBC in batches, inside the import's one transaction, so that 50,000 rows take seconds.
 */
@Repository
class ImportStore {

	/**
	 * A member as the importer compares it with the file.
	 *
	 * @param imported what the last import set ({@link #values()} of that row), null when
	 * never imported
	 * @param source the file the member's data last came from, null when none is recorded
	 */
	record MemberRow(Long id, String slug, String name, String iso3, String region, GovernmentLevel level,
			String imported, FileSource source) {

		/**
		 * The fields the sheet sets, as one string: what {@code imported} holds after an
		 * import.
		 */
		String values() {
			return String.join("\u001f", this.name, Objects.toString(this.iso3, ""), Objects.toString(this.region, ""),
					this.level.name());
		}

		/**
		 * Whether someone changed the fields the sheet sets since the last import, or it
		 * never imported them.
		 */
		boolean editedSinceImport() {
			return !values().equals(this.imported);
		}

	}

	/**
	 * An action plan as the importer compares it with the file.
	 *
	 * @param imported what the last import set ({@link #values()} of that row), null when
	 * never imported
	 */
	record PlanRow(Long id, long memberId, int number, int startYear, int endYear, String imported) {

		/**
		 * The fields the sheet sets, as one string: what {@code imported} holds after an
		 * import.
		 */
		String values() {
			return this.startYear + "-" + this.endYear;
		}

		/**
		 * Whether someone changed the plan's years since the last import, or it never
		 * imported them.
		 */
		boolean editedSinceImport() {
			return !values().equals(this.imported);
		}

	}

	/**
	 * The file a member's data came from, as its page says it: the file's name, how many
	 * of the member's commitments it holds and of which plans ("1,2,3"), whether it holds
	 * only part of them; the day is recorded beside.
	 */
	record FileSource(String fileName, int commitments, String plans, boolean partial) {
	}

	/** What the last import kept of a commitment. */
	record Source(String cells, String importHash) {
	}

	/**
	 * A commitment to write: its values, the plan it belongs to, and what the import
	 * keeps of its row.
	 */
	record Write(Long id, long planId, CommitmentValues values, String cells, String hash) {
	}

	/**
	 * The details an import writes, but the code (the key): one column per component,
	 * named as Hibernate names it.
	 */
	private static final List<RecordComponent> DETAILS = Arrays.stream(CommitmentDetails.class.getRecordComponents())
		.filter((component) -> OgpMapping.IMPORTED.contains(component.getName()) && !component.getName().equals("code"))
		.toList();

	private static final List<String> COMMITMENT_COLUMNS = Stream
		.concat(Stream.of("action_plan_id", "updated_at"),
				DETAILS.stream().map((component) -> snakeCase(component.getName())))
		.toList();

	private final JdbcTemplate jdbc;

	private final EntityManager entityManager;

	private final CommitmentSearch search;

	ImportStore(JdbcTemplate jdbc, EntityManager entityManager, CommitmentSearch search) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.search = search;
	}

	/**
	 * Takes the import lock until this transaction ends, so that no other instance of the
	 * portal imports meanwhile.
	 * @return false when another import holds it
	 */
	boolean lockImports() {
		try {
			this.jdbc.queryForList("select id from import_lock where id = 1 for update nowait", Integer.class);
			return true;
		}
		catch (DataAccessException ex) {
			// PostgreSQL: lock not available (SQL state 55P03); H2: lock timeout (error
			// 50200), at once with NOWAIT.
			for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
				if (cause instanceof SQLException sql
						&& ("55P03".equals(sql.getSQLState()) || sql.getErrorCode() == 50200)) {
					return false;
				}
			}
			throw ex;
		}
	}

	List<MemberRow> members() {
		return this.jdbc.query("""
				select id, slug, name, iso3, region, government_level, imported_values, source_kind, source_file,
				source_commitments, source_plans, source_partial from members""",
				(rs, i) -> new MemberRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), GovernmentLevel.valueOf(rs.getString(6)), rs.getString(7),
						("IMPORT".equals(rs.getString(8)) && rs.getString(9) != null)
								? new FileSource(rs.getString(9), rs.getInt(10), rs.getString(11), rs.getBoolean(12))
								: null));
	}

	List<PlanRow> plans() {
		return this.jdbc.query("select id, member_id, number, start_year, end_year, imported_values from action_plans",
				(rs, i) -> new PlanRow(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
						rs.getString(6)));
	}

	Map<String, Long> policyAreas() {
		Map<String, Long> areas = new HashMap<>();
		this.jdbc.query("select id, name from policy_areas", (rs) -> {
			areas.put(rs.getString(2), rs.getLong(1));
		});
		return areas;
	}

	long insertMember(MemberRow member) {
		return insert("""
				insert into members (slug, name, iso3, region, government_level, imported_values)
				values (?, ?, ?, ?, ?, ?)""", member.slug(), member.name(), member.iso3(), member.region(),
				member.level().name(), member.values());
	}

	void updateMember(MemberRow member) {
		this.jdbc.update("""
				update members set name = ?, iso3 = ?, region = ?, government_level = ?, imported_values = ?,
				version = version + 1 where id = ?""", member.name(), member.iso3(), member.region(),
				member.level().name(), member.values(), member.id());
	}

	/**
	 * Records that the member's fields are what the file says, which they already were.
	 */
	void markMemberImported(MemberRow member) {
		this.jdbc.update("update members set imported_values = ? where id = ?", member.values(), member.id());
	}

	/**
	 * Records, for each member by id, the file its data now comes from and the day of
	 * this import.
	 */
	void recordSources(Map<Long, FileSource> sources, LocalDate day) {
		this.jdbc.batchUpdate("""
				update members set source_kind = 'IMPORT', source_file = ?, source_date = ?, source_commitments = ?,
				source_plans = ?, source_partial = ? where id = ?""", List.copyOf(sources.entrySet()), 500,
				(ps, entry) -> {
					FileSource source = entry.getValue();
					ps.setString(1, source.fileName());
					ps.setObject(2, day, Types.DATE);
					ps.setInt(3, source.commitments());
					ps.setString(4, source.plans());
					ps.setBoolean(5, source.partial());
					ps.setLong(6, entry.getKey());
				});
	}

	long insertPlan(PlanRow plan) {
		return insert("""
				insert into action_plans (member_id, number, start_year, end_year, imported_values)
				values (?, ?, ?, ?, ?)""", plan.memberId(), plan.number(), plan.startYear(), plan.endYear(),
				plan.values());
	}

	void updatePlan(PlanRow plan) {
		this.jdbc.update("""
				update action_plans set start_year = ?, end_year = ?, imported_values = ?, version = version + 1
				where id = ?""", plan.startYear(), plan.endYear(), plan.values(), plan.id());
	}

	/** Records that the plan's years are what the file says, which they already were. */
	void markPlanImported(PlanRow plan) {
		this.jdbc.update("update action_plans set imported_values = ? where id = ?", plan.values(), plan.id());
	}

	long insertPolicyArea(String name) {
		return insert("insert into policy_areas (name) values (?)", name);
	}

	/** The commitments with these codes, with their plan, member and policy areas. */
	List<Commitment> commitments(Collection<String> codes) {
		return this.entityManager
			.createQuery("""
					select c from Commitment c join fetch c.actionPlan p join fetch p.member
					left join fetch c.primaryPolicyArea left join fetch c.policyAreas where c.code in :codes""",
					Commitment.class)
			.setParameter("codes", codes)
			.getResultList();
	}

	Map<Long, Source> sources(Collection<Long> commitmentIds) {
		Map<Long, Source> sources = new HashMap<>();
		if (commitmentIds.isEmpty()) {
			return sources;
		}
		this.jdbc.query("select commitment_id, cells, import_hash from commitment_sources where commitment_id in ("
				+ placeholders(commitmentIds.size()) + ")", (rs) -> {
					sources.put(rs.getLong(1), new Source(rs.getString(2), rs.getString(3)));
				}, commitmentIds.toArray());
		return sources;
	}

	/** Inserts the commitments and returns their ids by code. */
	Map<String, Long> insertCommitments(List<Write> writes, Instant now) {
		if (writes.isEmpty()) {
			return Map.of();
		}
		this.jdbc.batchUpdate("insert into commitments (" + String.join(", ", COMMITMENT_COLUMNS)
				+ ", code, version) values (" + placeholders(COMMITMENT_COLUMNS.size() + 1) + ", 0)", writes, 500,
				(ps, write) -> {
					int next = bindCommitment(ps, write, now);
					ps.setString(next, write.values().code());
				});
		Map<String, Long> ids = new HashMap<>();
		List<String> codes = writes.stream().map((write) -> write.values().code()).toList();
		this.jdbc.query("select id, code from commitments where code in (" + placeholders(codes.size()) + ")", (rs) -> {
			ids.put(rs.getString(2), rs.getLong(1));
		}, codes.toArray());
		return ids;
	}

	void updateCommitments(List<Write> writes, Instant now) {
		String assignments = String.join(" = ?, ", COMMITMENT_COLUMNS) + " = ?";
		this.jdbc.batchUpdate("update commitments set " + assignments + ", version = version + 1 where id = ?", writes,
				500, (ps, write) -> {
					int next = bindCommitment(ps, write, now);
					ps.setLong(next, write.id());
				});
	}

	/**
	 * Links commitments to policy areas, after unlinking the updated commitments from the
	 * sheet's policy areas (the ids given); their other tags stay.
	 */
	void replacePolicyAreas(List<Long> updatedIds, Collection<Long> sheetAreaIds, List<long[]> links) {
		if (!updatedIds.isEmpty() && !sheetAreaIds.isEmpty()) {
			List<Long> areas = List.copyOf(sheetAreaIds);
			this.jdbc.batchUpdate("delete from commitment_policy_areas where commitment_id = ? and policy_area_id in ("
					+ placeholders(areas.size()) + ")", updatedIds, 500, (ps, id) -> {
						ps.setLong(1, id);
						for (int i = 0; i < areas.size(); i++) {
							ps.setLong(i + 2, areas.get(i));
						}
					});
		}
		this.jdbc.batchUpdate("insert into commitment_policy_areas (commitment_id, policy_area_id) values (?, ?)",
				links, 500, (ps, link) -> {
					ps.setLong(1, link[0]);
					ps.setLong(2, link[1]);
				});
	}

	/**
	 * Keeps what this import read of each commitment, replacing what an earlier one kept.
	 */
	void replaceSources(List<Write> writes, Instant now) {
		this.jdbc.batchUpdate("delete from commitment_sources where commitment_id = ?", writes, 500,
				(ps, write) -> ps.setLong(1, write.id()));
		this.jdbc.batchUpdate(
				"insert into commitment_sources (commitment_id, cells, import_hash, imported_at) values (?, ?, ?, ?)",
				writes, 500, (ps, write) -> {
					ps.setLong(1, write.id());
					ps.setString(2, write.cells());
					ps.setString(3, write.hash());
					ps.setObject(4, timestamp(now));
				});
	}

	/**
	 * Loads the milestones of these commitments in one statement, for their audit
	 * snapshots.
	 */
	void loadMilestones(Collection<Commitment> commitments) {
		this.search.loadMilestones(commitments);
	}

	/**
	 * Forgets the entities read so far, so that memory stays bounded whatever the size of
	 * the file.
	 */
	void clear() {
		this.entityManager.clear();
	}

	/**
	 * Binds the parameters of {@link #COMMITMENT_COLUMNS}, in order; returns the next
	 * parameter's index.
	 */
	private int bindCommitment(PreparedStatement ps, Write write, Instant now) throws SQLException {
		ps.setLong(1, write.planId());
		ps.setObject(2, timestamp(now));
		int next = 3;
		for (RecordComponent component : DETAILS) {
			Object value = ReflectionUtils.invokeMethod(component.getAccessor(), write.values().details());
			StatementCreatorUtils.setParameterValue(ps, next++, SqlTypeValue.TYPE_UNKNOWN,
					(value instanceof Enum<?> constant) ? constant.name() : value);
		}
		return next;
	}

	private static String snakeCase(String name) {
		return name.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
	}

	private long insert(String sql, Object... args) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			PreparedStatement ps = connection.prepareStatement(sql, new String[] { "id" });
			for (int i = 0; i < args.length; i++) {
				ps.setObject(i + 1, args[i]);
			}
			return ps;
		}, keys);
		return keys.getKeyAs(Long.class);
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static String placeholders(int count) {
		return String.join(", ", new ArrayList<>(java.util.Collections.nCopies(count, "?")));
	}

}

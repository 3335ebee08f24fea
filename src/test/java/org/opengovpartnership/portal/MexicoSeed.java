package org.opengovpartnership.portal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * What the seed page (Mexico's OGP member page) shows, written down independently of the
 * Flyway migration so tests can compare the data and the rendered pages against it. The
 * lists are read from {@code seed/*.tsv} in the test resources, which were extracted from
 * the seed text.
 */
public final class MexicoSeed {

	/** The contacts, in the seed's order. */
	public static final List<Contact> CONTACTS = List.of(
			new Contact("Gregorio Gonzalez", "General Director Transparency, Ministry of Public Administration",
					"gregorio.gonzalez@funcionpublica.gob.mx"),
			new Contact("Dalida Acosta", "Head of Transparency and Anti-Corruption Policies Unit",
					"dalida.acosta@funcionpublica.gob.mx"));

	/** The recent posts' titles, in the seed's order. */
	public static final List<String> POST_TITLES = List.of(
			"Environmental Democracy: Where Open Government and the Escazu Agreement Meet",
			"56 Local Jurisdictions Join Global Partnership to Promote Open Government", "IRM Week: A Year in Review",
			"Featured Commitment: Technology Rights and Privacy",
			"Don’t Let Cash Slip Away: Strengthening Government Oversight of Stimulus Spending Through Robust Institutions with Broad Mandates");

	/** The current plan's summary sentence, as the seed writes it. */
	public static final String CURRENT_PLAN_SUMMARY = "Mexico’s 2019-2021 includes 13 commitments, including strategic agendas such as Beneficial Ownership, illegal surveillance and arms traffic. Mexico’s OGP dashboard is here: https://tablero.gobabiertomx.org/";

	private static final List<Commitment> COMMITMENTS = read("seed/mexico-commitments.tsv",
			cells -> new Commitment(cells[0], cells[1], Integer.parseInt(cells[2]), emptyToNull(cells[3])));

	private static final List<Resource> RESOURCES = read("seed/mexico-resources.tsv",
			cells -> new Resource(cells[0], Integer.parseInt(cells[1]), emptyToNull(cells[2]), cells[3]));

	private MexicoSeed() {
	}

	/**
	 * The 87 commitments as the seed page lists them: newest action plan first, by code
	 * within a plan.
	 */
	public static List<Commitment> commitments() {
		return COMMITMENTS;
	}

	/** The 42 resources in the seed page's order. */
	public static List<Resource> resources() {
		return RESOURCES;
	}

	private static <T> List<T> read(String path, Function<String[], T> row) {
		InputStream in = MexicoSeed.class.getClassLoader().getResourceAsStream(path);
		if (in == null) {
			throw new IllegalStateException("Missing test resource " + path);
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> row.apply(cells(line)))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A tab-separated line's four cells; trailing empty cells may be missing from the
	 * file.
	 */
	private static String[] cells(String line) {
		String[] cells = new String[] { "", "", "", "" };
		String[] read = line.split("\t", -1);
		System.arraycopy(read, 0, cells, 0, Math.min(read.length, cells.length));
		return cells;
	}

	private static String emptyToNull(String value) {
		return value.isBlank() ? null : value;
	}

	/**
	 * A commitment as the seed lists it.
	 *
	 * @param year the start year of its action plan
	 * @param policyArea the primary policy area, null where the seed shows none
	 */
	public record Commitment(String code, String title, int year, String policyArea) {
	}

	/**
	 * A resource as the seed lists it.
	 *
	 * @param type null where the seed shows none
	 */
	public record Resource(String title, int year, String type, String format) {
	}

	public record Contact(String name, String role, String email) {
	}

}

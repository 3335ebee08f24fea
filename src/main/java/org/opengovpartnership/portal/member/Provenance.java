package org.opengovpartnership.portal.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Where a member's data comes from: the seed, or the last file of OGP's commitment sheet
 * that brought its commitments. Only the importer (through JDBC) and the migrations write
 * it; the admin forms keep it as it is.
 *
 * @param source SEED or IMPORT; null for a member entered in the portal
 * @param fileName the imported file's name, null when not known (imported before the
 * portal recorded it)
 * @param importedOn the day of that import
 * @param commitmentCount how many of the member's commitments the file holds
 * @param planNumbers the numbers of the plans those commitments belong to, ascending and
 * comma-separated
 * @param partial whether the file holds only part of the member's commitments
 * (OgpImporter says when)
 */
@Embeddable
public record Provenance(
		@Enumerated(EnumType.STRING) @Column(name = "source_kind", insertable = false, updatable = false) Source source,
		@Column(name = "source_file", insertable = false, updatable = false) String fileName,
		@Column(name = "source_date", insertable = false, updatable = false) LocalDate importedOn,
		@Column(name = "source_commitments", insertable = false, updatable = false) Integer commitmentCount,
		@Column(name = "source_plans", insertable = false, updatable = false) String planNumbers,
		@Column(name = "source_partial", insertable = false, updatable = false) boolean partial) {

	/** Where the data comes from. */
	public enum Source {

		/** A migration seeded it from OGP's member page. */
		SEED,

		/** An import of OGP's commitment sheet brought it. */
		IMPORT

	}

	/** Whether the file that brought the member is named, with its day and counts. */
	public boolean fileKnown() {
		return this.source == Source.IMPORT && this.fileName != null && this.importedOn != null
				&& this.commitmentCount != null;
	}

	/** The plan numbers, ascending. */
	public List<Integer> plans() {
		if (this.planNumbers == null || this.planNumbers.isBlank()) {
			return List.of();
		}
		return Arrays.stream(this.planNumbers.split(",")).map(String::strip).map(Integer::valueOf).sorted().toList();
	}

	/** The plan numbers as runs: "1-6", "1-3, 5". */
	public String planRanges() {
		return ranges(plans());
	}

	/** The plan numbers as runs of consecutive numbers: [1, 2, 3, 5] is "1-3, 5". */
	public static String ranges(List<Integer> ascending) {
		List<String> runs = new ArrayList<>();
		for (int i = 0; i < ascending.size();) {
			int j = i;
			while (j + 1 < ascending.size() && ascending.get(j + 1) == ascending.get(j) + 1) {
				j++;
			}
			runs.add((j == i) ? String.valueOf(ascending.get(i)) : ascending.get(i) + "-" + ascending.get(j));
			i = j + 1;
		}
		return String.join(", ", runs);
	}

}

package org.opengovpartnership.portal.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVPrinter;
import org.opengovpartnership.portal.commitment.Commitment;
import org.opengovpartnership.portal.commitment.CommitmentFilter;
import org.opengovpartnership.portal.commitment.CommitmentSearch;
import org.opengovpartnership.portal.member.Member;
import org.opengovpartnership.portal.opendata.ImportStore.Source;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes commitments in OGP's sheet format, as CSV (the 171 columns, in OGP's order) or
 * as JSON (one object per commitment, keyed by the same column names, missing values as
 * null). Streams in chunks, whatever the number of commitments. CSV cells a spreadsheet
 * would read as formulas are neutralised ({@link FormulaCells}).
 */
@Service
class OgpExporter {

	private static final int CHUNK = 500;

	private final CommitmentSearch search;

	private final ImportStore store;

	private final JsonMapper json = JsonMapper.builder().build();

	OgpExporter(CommitmentSearch search, ImportStore store) {
		this.search = search;
		this.store = store;
	}

	@Transactional(readOnly = true)
	/**
	 * Writes the commitments of a member (or of every member, for null) that pass the
	 * filter.
	 */
	void csv(Member member, CommitmentFilter filter, Writer out) {
		try {
			CSVPrinter printer = new CSVPrinter(out, OgpSheet.FORMAT);
			printer.printRecord(OgpSheet.COLUMNS);
			rows(member, filter, (row) -> {
				try {
					printer.printRecord(Arrays.stream(row).map(FormulaCells::neutralise).toArray());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Transactional(readOnly = true)
	void json(Member member, CommitmentFilter filter, OutputStream out) {
		try (JsonGenerator generator = this.json.createGenerator(out)) {
			generator.writeStartArray();
			rows(member, filter, (row) -> {
				generator.writeStartObject();
				for (int i = 0; i < row.length; i++) {
					generator.writeName(OgpSheet.COLUMNS.get(i));
					if (OgpSheet.isMissing(row[i])) {
						generator.writeNull();
					}
					else {
						generator.writeString(row[i]);
					}
				}
				generator.writeEndObject();
			});
			generator.writeEndArray();
		}
	}

	private void rows(Member member, CommitmentFilter filter, java.util.function.Consumer<String[]> sink) {
		List<Long> ids = this.search.ids(member, filter);
		for (int from = 0; from < ids.size(); from += CHUNK) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
			Map<Long, Source> sources = this.store.sources(chunk);
			for (Commitment commitment : this.search.load(chunk)) {
				Source source = sources.get(commitment.getId());
				sink.accept(OgpMapping.write(OgpMapping.of(commitment),
						(source != null) ? OgpMapping.fromJson(source.cells()) : null));
			}
			this.store.clear();
		}
	}

}

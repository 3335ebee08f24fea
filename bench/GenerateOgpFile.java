import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Makes a large file in OGP's sheet format for the import benchmark: the real file's rows over and over, each copy
 * with new commitment identifiers ("AL0002-17"), so the members and action plans stay OGP's and every row is a new
 * commitment.
 *
 * <pre>java -cp commons-csv.jar bench/GenerateOgpFile.java REAL.csv OUT.csv ROWS</pre>
 */
public class GenerateOgpFile {

	public static void main(String[] args) throws IOException {
		Path real = Path.of(args[0]);
		Path out = Path.of(args[1]);
		int rows = Integer.parseInt(args[2]);
		CSVFormat format = CSVFormat.RFC4180;
		List<CSVRecord> records = new ArrayList<>();
		List<String> header;
		try (Reader reader = Files.newBufferedReader(real, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader, format)) {
			records.addAll(parser.getRecords());
		}
		header = records.remove(0).toList();
		try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, format)) {
			printer.printRecord(header);
			for (int i = 0; i < rows; i++) {
				List<String> row = new ArrayList<>(records.get(i % records.size()).toList());
				int copy = i / records.size();
				if (copy > 0) {
					row.set(0, row.get(0) + "-" + copy);
				}
				printer.printRecord(row);
			}
		}
	}

}

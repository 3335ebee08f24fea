package org.opengovpartnership.portal.opendata;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.opengovpartnership.portal.system.PortalProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Imports OGP's commitment sheet from the command line and exits:
 * {@code java -jar ogp-portal.jar --portal.import=FILE.csv}. Exit code 0 when imported, 1
 * when the file was rejected (the reason, with its line and column, goes to standard
 * error), 2 when there is no such file.
 */
@Component
class ImportCommand implements ApplicationRunner {

	static final int IMPORTED = 0;

	static final int REJECTED = 1;

	static final int NO_FILE = 2;

	private final OgpImporter importer;

	private final ConfigurableApplicationContext context;

	private final String file;

	ImportCommand(OgpImporter importer, ConfigurableApplicationContext context, PortalProperties properties) {
		this.importer = importer;
		this.context = context;
		this.file = properties.importFile();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (StringUtils.hasText(this.file)) {
			int code = importFile(Path.of(this.file), System.out, System.err);
			System.exit(SpringApplication.exit(this.context, () -> code));
		}
	}

	/** Imports the file, as the operator running this process, and says what changed. */
	int importFile(Path path, PrintStream out, PrintStream err) {
		if (!Files.isRegularFile(path)) {
			err.println("No such file: " + path);
			return NO_FILE;
		}
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken
				.authenticated("command line (" + System.getProperty("user.name") + ")", null, List.of()));
		try {
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			long start = System.nanoTime();
			long cpuStart = threads.getCurrentThreadCpuTime();
			ImportReport report = this.importer.apply(path, path.getFileName().toString());
			out.printf("Imported %s (SHA-256 %s): %d rows in %.1f s (%.1f s CPU on the importing thread)%n",
					report.fileName(), report.sha256(), report.rows(), (System.nanoTime() - start) / 1e9,
					(threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
			out.println("  members:      " + report.members().describe());
			out.println("  action plans: " + report.plans().describe());
			out.println("  commitments:  " + report.commitments().describe());
			report.conflicts()
				.forEach((conflict) -> out.printf("  conflict, line %d: %s (%s) was edited in the portal; kept%n",
						conflict.line(), conflict.code(), conflict.memberName()));
			report.heldBack()
				.forEach((held) -> out.printf("  conflict, line %d: %s was edited in the portal; kept%n", held.line(),
						held.describe()));
			return IMPORTED;
		}
		catch (ImportRejectedException ex) {
			err.println(path.getFileName() + " was not imported; nothing was stored.");
			err.println(ex.getMessage());
			return REJECTED;
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}

package org.opengovpartnership.portal.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.util.unit.DataSize;

/**
 * Every {@code portal.*} setting, each also settable from the environment
 * ({@code portal.base-url} as {@code PORTAL_BASE_URL}); README.md's "Configuration" lists
 * them.
 *
 * @param dataDir the folder of the embedded H2 database file and of uploads being
 * imported (default {@code ./data})
 * @param baseUrl the portal's public address, from which every absolute link starts
 * (default {@code http://localhost:8080})
 * @param importFile a file of OGP's commitment sheet to import from the command line,
 * after which the process exits ({@code --portal.import=FILE.csv}); none by default
 * @param logFormat the console log's structured format ({@code ecs}, {@code logstash} or
 * {@code gelf}); empty for human-readable lines
 * @param admin the first admin, created at start when no account exists
 * @param pageCache the cache of rendered public pages
 * @param importLimits how large an imported file's parts may be
 */
@ConfigurationProperties("portal")
public record PortalProperties(@DefaultValue("./data") Path dataDir,
		@DefaultValue("http://localhost:8080") String baseUrl, @Name("import") String importFile, String logFormat,
		@DefaultValue Admin admin, @DefaultValue PageCache pageCache, @DefaultValue ImportLimits importLimits) {

	/**
	 * The first admin.
	 *
	 * @param username its name (default {@code admin})
	 * @param password its password; none (the default) has a random one generated and
	 * logged once
	 */
	public record Admin(@DefaultValue("admin") String username, String password) {
	}

	/**
	 * The cache of rendered public pages.
	 *
	 * @param maxSize how much memory it may take (default 64 MB); 0 keeps none
	 */
	public record PageCache(@DefaultValue("64MB") DataSize maxSize) {
	}

	/**
	 * How large a file's parts may be, checked while it is read, before anything is
	 * stored: a file over a limit is rejected whole with its line and column. OGP's sheet
	 * has 171 columns and cells of at most some 30,000 characters, so the defaults leave
	 * room while keeping the memory one row needs small. Sizes count characters.
	 *
	 * @param maxCellSize the longest cell (default 1 MB)
	 * @param maxLineLength the longest line of the file, between two line breaks (default
	 * 2 MB, more than a cell, so a cell too long is reported as such)
	 * @param maxColumns the most cells in a row, the header's included (default 1,000)
	 */
	public record ImportLimits(@DefaultValue("1MB") DataSize maxCellSize, @DefaultValue("2MB") DataSize maxLineLength,
			@DefaultValue("1000") int maxColumns) {
	}

}

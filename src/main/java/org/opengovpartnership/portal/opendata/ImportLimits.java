package org.opengovpartnership.portal.opendata;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a file's parts may be, checked while it is read, before anything is stored: a file over a limit is
 * rejected whole with its line and column. OGP's sheet has 171 columns and cells of at most some 30,000
 * characters, so the defaults leave room while keeping the memory one row needs small. Sizes count characters.
 *
 * @param maxCellSize the longest cell (property {@code portal.import-limits.max-cell-size}, default 1 MB)
 * @param maxLineLength the longest line of the file, between two line breaks (default 2 MB, more than a cell, so a
 * cell too long is reported as such)
 * @param maxColumns the most cells in a row, the header's included (default 1,000)
 */
@ConfigurationProperties("portal.import-limits")
record ImportLimits(@DefaultValue("1MB") DataSize maxCellSize, @DefaultValue("2MB") DataSize maxLineLength,
		@DefaultValue("1000") int maxColumns) {
}

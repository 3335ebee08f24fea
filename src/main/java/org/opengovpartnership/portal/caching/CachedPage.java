package org.opengovpartnership.portal.caching;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A rendered page as sent to anonymous visitors, with its gzip-compressed form when
 * compression applies.
 *
 * @param headers what the filter chain added when rendering it, such as Spring Security's
 * headers
 * @param gzipped the body compressed once at the highest level, or null when it is too
 * small to compress
 */
record CachedPage(String contentType, Locale locale, List<Map.Entry<String, String>> headers, byte[] body,
		byte[] gzipped) {

	static CachedPage of(String contentType, Locale locale, List<Map.Entry<String, String>> headers, byte[] body,
			int compressFrom) {
		return new CachedPage(contentType, locale, headers, body, (body.length >= compressFrom) ? gzip(body) : null);
	}

	int weight() {
		return this.body.length + ((this.gzipped != null) ? this.gzipped.length : 0);
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
			{
				this.def.setLevel(Deflater.BEST_COMPRESSION);
			}
		}) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}

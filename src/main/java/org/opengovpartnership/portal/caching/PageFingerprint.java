package org.opengovpartnership.portal.caching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * A digest of everything besides the data that shapes a page: the application's classes,
 * templates, texts, static files and migrations. Every instance of one build computes the
 * same value, a new build (or a migration that rewrote data) a different one, so ETags
 * and cached pages of an older build are never taken for current.
 */
final class PageFingerprint {

	/** Classpath roots, each with the pattern of what below it counts. */
	private static final Map<String, String> ROOTS = Map.of("org/opengovpartnership/portal/", "**/*.class",
			"templates/", "**/*", "static/", "**/*", "db/migration/", "*", "", "messages*.properties");

	private final String value;

	private final int files;

	PageFingerprint(String value, int files) {
		this.value = value;
		this.files = files;
	}

	String value() {
		return this.value;
	}

	int files() {
		return this.files;
	}

	static PageFingerprint of(ClassLoader classLoader) {
		ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(classLoader);
		// Sorted by the name below its root, so where the jar lies does not matter.
		Map<String, Resource> files = new TreeMap<>();
		try {
			for (Map.Entry<String, String> root : ROOTS.entrySet()) {
				for (Resource resource : resolver.getResources("classpath*:" + root.getKey() + root.getValue())) {
					if (resource.isReadable()) {
						String url = resource.getURL().toString();
						int at = root.getKey().isEmpty() ? url.lastIndexOf('/') + 1 : url.lastIndexOf(root.getKey());
						files.put(root.getKey() + url.substring(Math.max(at, 0) + root.getKey().length()), resource);
					}
				}
			}
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Map.Entry<String, Resource> file : files.entrySet()) {
				digest.update(file.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
				digest.update((byte) 0);
				try (InputStream in = file.getValue().getInputStream()) {
					digest.update(in.readAllBytes());
				}
				digest.update((byte) 0);
			}
			return new PageFingerprint(HexFormat.of().formatHex(digest.digest(), 0, 6), files.size());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the application's own files", ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

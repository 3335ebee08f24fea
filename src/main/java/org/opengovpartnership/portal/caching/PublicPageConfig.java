package org.opengovpartnership.portal.caching;

import java.time.Clock;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.opengovpartnership.portal.system.PortalProperties;
import org.opengovpartnership.portal.system.SearchGeneration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Registers {@link PublicPageFilter} before Spring Session and Spring Security, with the
 * memory it may use for rendered pages ({@code portal.page-cache.max-size}; 0 keeps
 * none).
 */
@Configuration(proxyBeanMethods = false)
class PublicPageConfig {

	/**
	 * After the request id, the observation of the request and the database-outage
	 * filter; before Spring Session (HIGHEST_PRECEDENCE + 50) and Spring Security (-100).
	 */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 40;

	private static final Log logger = LogFactory.getLog(PublicPageConfig.class);

	@Bean
	PageFingerprint pageFingerprint(ResourceLoader resourceLoader) {
		PageFingerprint fingerprint = PageFingerprint.of(resourceLoader.getClassLoader());
		logger.info("ETags of this build carry fingerprint " + fingerprint.value() + " (from " + fingerprint.files()
				+ " classes, templates, texts, static files and migrations)");
		return fingerprint;
	}

	@Bean
	FilterRegistrationBean<PublicPageFilter> publicPageFilter(ContentVersions versions, PageFingerprint fingerprint,
			SearchGeneration search, LocaleResolver localeResolver, Clock clock, ObjectProvider<MeterRegistry> meters,
			PortalProperties properties, @Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie,
			@Value("${server.compression.enabled:false}") boolean compression,
			@Value("${server.compression.min-response-size:2KB}") DataSize compressFrom) {
		DataSize maxSize = properties.pageCache().maxSize();
		Cache<String, CachedPage> pages = null;
		if (maxSize.toBytes() > 0) {
			pages = Caffeine.newBuilder()
				.maximumWeight(maxSize.toBytes())
				.weigher((String etag, CachedPage page) -> page.weight())
				.recordStats()
				.build();
			Cache<String, CachedPage> measured = pages;
			meters.ifAvailable(registry -> {
				CaffeineCacheMetrics.monitor(registry, measured, "public-pages");
				// The pages' own size (bodies, gzipped copies, headers), bounded by
				// max-size.
				Gauge
					.builder("portal.page.cache.size", measured,
							(cache) -> cache.policy()
								.eviction()
								.map((eviction) -> eviction.weightedSize().orElse(0))
								.orElse(0L))
					.baseUnit("bytes")
					.description("Bytes of the pages kept by the public page cache")
					.register(registry);
			});
		}
		PublicPageFilter filter = new PublicPageFilter(versions, fingerprint, search, localeResolver, clock,
				sessionCookie, pages, compression ? (int) compressFrom.toBytes() : Integer.MAX_VALUE);
		FilterRegistrationBean<PublicPageFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(ORDER);
		return registration;
	}

}

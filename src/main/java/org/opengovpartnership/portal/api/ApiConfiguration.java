package org.opengovpartnership.portal.api;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;
import org.opengovpartnership.portal.system.BaseUrl;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * The API's web setup: ETags (so that {@code If-None-Match} gets a 304), CORS for reading
 * from any site, and the OpenAPI description at {@code /v3/api-docs}.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

	/** Weak ETags: Tomcat does not compress a response that carries a strong one. */
	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
		ShallowEtagHeaderFilter etags = new ShallowEtagHeaderFilter();
		etags.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(etags);
		registration.addUrlPatterns("/api/*");
		registration.setName("apiEtags");
		return registration;
	}

	/**
	 * CORS for reading the API from any site, answered before security: a preflight
	 * request carries no credentials, and the API has nothing to write anyway.
	 */
	@Bean
	FilterRegistrationBean<CorsFilter> apiCors() {
		CorsConfiguration cors = new CorsConfiguration();
		cors.addAllowedOrigin("*");
		cors.addAllowedMethod(HttpMethod.GET);
		cors.addAllowedMethod(HttpMethod.HEAD);
		cors.addAllowedHeader(HttpHeaders.IF_NONE_MATCH);
		cors.addAllowedHeader(HttpHeaders.ACCEPT);
		cors.addExposedHeader(HttpHeaders.ETAG);
		cors.setMaxAge(3600L);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/**", cors);
		FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(new CorsFilter(source));
		registration.addUrlPatterns("/api/*");
		registration.setName("apiCors");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * The server is the configured public address, never the one the request's Host
	 * header names.
	 */
	@Bean
	OpenAPI portalOpenApi(BaseUrl baseUrl) {
		return new OpenAPI().servers(List.of(new Server().url(baseUrl.value())))
			.info(new Info().title("OGP member portal API")
				.version("v1")
				.description("Read-only JSON about Open Government Partnership members, their action plans, "
						+ "commitments (with the IRM assessment and milestones) and resources. Lists are paged with "
						+ "page (from 0) and size (1-100); answers carry ETags.")
				.license(new License().name("Open data")));
	}

}

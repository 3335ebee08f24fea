package org.opengovpartnership.portal.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API's web setup: ETags (so that {@code If-None-Match} gets a 304), CORS for reading from any site, and the
 * OpenAPI description at {@code /v3/api-docs}.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration implements WebMvcConfigurer {

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter());
		registration.addUrlPatterns("/api/*");
		registration.setName("apiEtags");
		return registration;
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping("/api/**")
			.allowedOrigins("*")
			.allowedMethods("GET", "HEAD")
			.exposedHeaders(HttpHeaders.ETAG)
			.maxAge(3600);
	}

	@Bean
	OpenAPI portalOpenApi() {
		return new OpenAPI().info(new Info().title("OGP member portal API")
			.version("v1")
			.description("Read-only JSON about Open Government Partnership members, their action plans, "
					+ "commitments (with the IRM assessment and milestones) and resources. Lists are paged with "
					+ "page (from 0) and size (1-100); answers carry ETags.")
			.license(new License().name("Open data")));
	}

}

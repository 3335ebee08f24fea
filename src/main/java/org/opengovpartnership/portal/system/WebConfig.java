package org.opengovpartnership.portal.system;

import java.time.Clock;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.UrlHandlerFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Web settings every page shares.
 */
@Configuration
class WebConfig implements WebMvcConfigurer {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * A member's address with a trailing slash ({@code /members/mexico/}) moves
	 * permanently to the one without.
	 */
	@Bean
	FilterRegistrationBean<UrlHandlerFilter> trailingSlashRedirect() {
		FilterRegistrationBean<UrlHandlerFilter> registration = new FilterRegistrationBean<>(
				UrlHandlerFilter.trailingSlashHandler("/members/**").redirect(HttpStatus.MOVED_PERMANENTLY).build());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * Pages for signed-in people must never be kept by any cache
	 * ({@link CachingHeaders#forPeople}).
	 */
	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor((BeforeHandler) CachingHeaders::forPeople);
	}

}

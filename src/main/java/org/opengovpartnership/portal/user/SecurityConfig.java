package org.opengovpartnership.portal.user;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what: anyone reads, signed-in editors change content, admins also manage
 * users. Public so that web-slice tests of other features can import it.
 */
@Configuration
public class SecurityConfig {

	/** No inline scripts or styles, nothing from other sites, never framed. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * The metrics list every route and much of the runtime: admins only, except on the
	 * management port ({@code management.server.port}, when set), which operators keep
	 * inside their network for scrapers.
	 */
	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginAttempts loginAttempts,
			@Value("${management.server.port:}") Integer managementPort) {
		RequestMatcher onManagementPort = (request) -> managementPort != null && managementPort > 0
				&& request.getLocalPort() == managementPort;
		http.authorizeHttpRequests(requests -> requests.requestMatchers(onManagementPort)
			.permitAll()
			.requestMatchers("/actuator/prometheus", "/actuator/prometheus/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/admin/users/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/admin/**")
			.hasAnyRole(Role.ADMIN.name(), Role.EDITOR.name())
			.requestMatchers(HttpMethod.GET, "/**")
			.permitAll()
			.requestMatchers(HttpMethod.HEAD, "/**")
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").failureHandler((request, response, exception) -> {
				loginAttempts.failed(request.getParameter("username"), request.getRemoteAddr());
				response.sendRedirect(request.getContextPath() + "/login?error");
			}).successHandler(new ThrottleResettingSuccessHandler(loginAttempts)).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			// The API answers 401; every page sends the visitor to the sign-in form,
			// whatever it accepts.
			.exceptionHandling(errors -> errors
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
						PathPatternRequestMatcher.withDefaults().matcher("/api/**"))
				.defaultAuthenticationEntryPointFor(signInPage(), AnyRequestMatcher.INSTANCE))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				// Public pages set their own caching (see system.CachingHeaders);
				// Security's no-store would defeat it.
				.cacheControl(cache -> cache.disable()))
			.addFilterBefore(new LoginThrottleFilter(loginAttempts), UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * Redirects to {@code /login} by a relative address, so the request's Host header
	 * never makes the link.
	 */
	private static LoginUrlAuthenticationEntryPoint signInPage() {
		LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");
		signIn.setFavorRelativeUris(true);
		return signIn;
	}

	/**
	 * Forgets a user's failed attempts once they sign in, then goes where they were
	 * heading, by a relative address: the saved request's absolute one was made with the
	 * Host header of the request that was sent to sign in.
	 */
	static class ThrottleResettingSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

		private final LoginAttempts attempts;

		ThrottleResettingSuccessHandler(LoginAttempts attempts) {
			this.attempts = attempts;
			setRedirectStrategy((request, response, url) -> response.sendRedirect(relative(request, url)));
		}

		/**
		 * The path and query of an absolute address; a relative one below the context
		 * path.
		 */
		static String relative(HttpServletRequest request, String url) {
			URI uri = URI.create(url);
			if (!uri.isAbsolute()) {
				return request.getContextPath() + url;
			}
			// One leading slash: "//host/..." would be another site's address.
			String path = "/" + ((uri.getRawPath() != null) ? uri.getRawPath().replaceFirst("^/+", "") : "");
			return (uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path;
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws ServletException, IOException {
			this.attempts.succeeded(authentication.getName());
			super.onAuthenticationSuccess(request, response, authentication);
		}

	}

	@Bean
	LoginAttempts loginAttempts(ObjectProvider<JdbcTemplate> jdbc, ObjectProvider<Clock> clock) {
		return new LoginAttempts(jdbc, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}

package org.opengovpartnership.portal.system;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * English and Spanish: {@code ?lang=es} picks a language and only then keeps it in a
 * cookie; without a choice the browser's {@code Accept-Language} decides, and anything
 * else reads in English.
 */
@Configuration
class LocaleConfig implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("portal-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setDefaultLocaleFunction(LocaleConfig::preferredSupportedLocale);
		return resolver;
	}

	/**
	 * A visitor's explicit choice of one of the supported languages; other values are
	 * ignored.
	 */
	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor((BeforeHandler) LocaleConfig::chosenLanguage);
	}

	private static void chosenLanguage(HttpServletRequest request, HttpServletResponse response) {
		String lang = request.getParameter("lang");
		SUPPORTED.stream()
			.filter(locale -> locale.getLanguage().equals(lang))
			.findFirst()
			.ifPresent(locale -> RequestContextUtils.getLocaleResolver(request).setLocale(request, response, locale));
	}

	/** The first of the browser's languages that the portal speaks, else English. */
	static Locale preferredSupportedLocale(HttpServletRequest request) {
		for (Locale wanted : Collections.list(request.getLocales())) {
			for (Locale supported : SUPPORTED) {
				if (supported.getLanguage().equals(wanted.getLanguage())) {
					return supported;
				}
			}
		}
		return Locale.ENGLISH;
	}

}

package org.opengovpartnership.portal.opendata;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs the application without its web server when it is started to import a file ({@code --portal.import}), so
 * that an operator's import neither needs nor takes the HTTP port.
 */
class ImportCommandEnvironment implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty("portal.import")) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("portalImportCommand", Map.of("spring.main.web-application-type", "none")));
		}
	}

}

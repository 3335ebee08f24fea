package org.opengovpartnership.portal.opendata;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When the application is started to import a file ({@code --portal.import}), its web
 * server listens on a free port of the loopback interface only, so that an operator's
 * import takes neither the portal's HTTP port nor visitors. (It cannot run without a web
 * server: the security configuration needs one.)
 */
class ImportCommandEnvironment implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty("portal.import")) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("portalImportCommand",
						Map.of("server.port", "0", "server.address", "127.0.0.1")));
		}
	}

}

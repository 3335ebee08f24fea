package org.opengovpartnership.portal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.aot.AotDetector;

/**
 * When the jar's ahead-of-time bean definitions (the build's {@code process-aot}, turned
 * on by {@code -Dspring.aot.enabled=true} in {@code src/main/docker/jvm.options}) cannot
 * be used: they fix when the jar is built which beans exist, and a few settings decide
 * that at start. With one of them set, the portal starts without them, about a second
 * slower.
 */
final class AheadOfTime {

	/**
	 * The settings that decide at start which beans exist (Actuator's own port, which
	 * endpoints are served).
	 */
	static final List<String> DECIDED_AT_START = List.of("management.server.port",
			"management.endpoints.web.exposure.include");

	private AheadOfTime() {
	}

	/**
	 * The first setting given that decides at start which beans exist, as a command-line
	 * argument, a system property or an environment variable; null when none is.
	 */
	static String settingDecidedAtStart(String[] args, Map<String, String> environment) {
		for (String setting : DECIDED_AT_START) {
			String variable = setting.replace('.', '_').replace("-", "").toUpperCase(Locale.ROOT);
			boolean argument = List.of(args).stream().anyMatch((arg) -> arg.startsWith("--" + setting + "="));
			if (argument || System.getProperty(setting) != null || environment.get(variable) != null) {
				return setting;
			}
		}
		return null;
	}

	/**
	 * Turns the ahead-of-time bean definitions off when a setting needs the beans decided
	 * at start; returns that setting, or null when nothing changed.
	 */
	static String offWhereSettingsDecideTheBeans(String[] args, Map<String, String> environment) {
		String setting = settingDecidedAtStart(args, environment);
		if (setting == null || !AotDetector.useGeneratedArtifacts()) {
			return null;
		}
		System.setProperty(AotDetector.AOT_ENABLED, "false");
		return setting;
	}

}

package org.opengovpartnership.portal;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which settings make the portal start without its ahead-of-time bean definitions: those
 * that decide at start which beans exist, however they are given.
 */
class AheadOfTimeTests {

	@Test
	void findsActuatorsOwnPortAsAnArgumentOrAnEnvironmentVariable() {
		assertThat(AheadOfTime.settingDecidedAtStart(new String[] { "--management.server.port=8081" }, Map.of()))
			.isEqualTo("management.server.port");
		assertThat(AheadOfTime.settingDecidedAtStart(new String[0], Map.of("MANAGEMENT_SERVER_PORT", "8081")))
			.isEqualTo("management.server.port");
		assertThat(AheadOfTime.settingDecidedAtStart(new String[0],
				Map.of("MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE", "health,info")))
			.isEqualTo("management.endpoints.web.exposure.include");
	}

	@Test
	void findsNoneAmongSettingsReadAtStartByBeansThatAlwaysExist() {
		assertThat(AheadOfTime.settingDecidedAtStart(
				new String[] { "--server.port=8081", "--spring.profiles.active=postgres", "--portal.data-dir=/data" },
				Map.of("SERVER_PORT", "8081", "PORTAL_PAGE_CACHE_MAX_SIZE", "0", "MANAGEMENT_SERVER_ADDRESS", "::1")))
			.isNull();
	}

}

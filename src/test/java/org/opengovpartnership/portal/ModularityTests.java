package org.opengovpartnership.portal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature packages (member, commitment, country, ...) depend on each other without cycles and only through what
 * they expose.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(PortalApplication.class);

	@Test
	void keepsTheFeaturePackagesApart() {
		this.modules.verify();
	}

}

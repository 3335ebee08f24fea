package org.opengovpartnership.portal.system;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code portal.*} settings keep the names and defaults that README.md, docs/ and
 * docker-compose.yml give.
 */
class PortalPropertiesTests {

	@Test
	void defaultsAsDocumented() {
		PortalProperties portal = bind(Map.of());

		assertThat(portal.dataDir().normalize()).isEqualTo(Path.of("./data").normalize());
		assertThat(portal.baseUrl()).isEqualTo("http://localhost:8080");
		assertThat(portal.importFile()).isNull();
		assertThat(portal.admin().username()).isEqualTo("admin");
		assertThat(portal.admin().password()).as("no default password anywhere").isNull();
		assertThat(portal.pageCache().maxSize()).isEqualTo(DataSize.ofMegabytes(64));
		assertThat(portal.importLimits().maxCellSize()).isEqualTo(DataSize.ofMegabytes(1));
		assertThat(portal.importLimits().maxLineLength()).isEqualTo(DataSize.ofMegabytes(2));
		assertThat(portal.importLimits().maxColumns()).isEqualTo(1000);
	}

	@Test
	void readsEverySettingUnderItsDocumentedName() {
		PortalProperties portal = bind(Map.ofEntries(Map.entry("portal.data-dir", "/srv/portal"),
				Map.entry("portal.base-url", "https://members.example.org"), Map.entry("portal.import", "x.csv"),
				Map.entry("portal.log-format", "ecs"), Map.entry("portal.admin.username", "chief"),
				Map.entry("portal.admin.password", "correct horse battery staple"),
				Map.entry("portal.page-cache.max-size", "0"), Map.entry("portal.import-limits.max-cell-size", "10KB"),
				Map.entry("portal.import-limits.max-line-length", "20KB"),
				Map.entry("portal.import-limits.max-columns", "200")));

		assertThat(portal.dataDir()).isEqualTo(Path.of("/srv/portal"));
		assertThat(portal.baseUrl()).isEqualTo("https://members.example.org");
		assertThat(portal.importFile()).isEqualTo("x.csv");
		assertThat(portal.logFormat()).isEqualTo("ecs");
		assertThat(portal.admin()).isEqualTo(new PortalProperties.Admin("chief", "correct horse battery staple"));
		assertThat(portal.pageCache().maxSize()).isEqualTo(DataSize.ofBytes(0));
		assertThat(portal.importLimits())
			.isEqualTo(new PortalProperties.ImportLimits(DataSize.ofKilobytes(10), DataSize.ofKilobytes(20), 200));
	}

	private static PortalProperties bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("portal",
				PortalProperties.class);
	}

}

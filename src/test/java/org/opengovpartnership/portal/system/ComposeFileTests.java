package org.opengovpartnership.portal.system;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compose stack as docs/operations.md describes it, read from docker-compose.yml and
 * the image's Dockerfile (no Docker engine runs in CI): each instance keeps its data
 * folder, where its search index lives, in a named volume of its own.
 */
class ComposeFileTests {

	private static final Pattern DATA_DIR = Pattern.compile("(?m)^ENV PORTAL_DATA_DIR=(\\S+)$");

	@Test
	@SuppressWarnings("unchecked")
	void eachInstanceKeepsItsDataFolderInAVolumeOfItsOwn() throws IOException {
		Map<String, Object> compose;
		try (Reader file = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
			compose = new Yaml().load(file);
		}
		Matcher dataDir = DATA_DIR.matcher(Files.readString(Path.of("src/main/docker/Dockerfile")));
		assertThat(dataDir.find()).as("the image's PORTAL_DATA_DIR").isTrue();

		Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
		Set<String> declared = ((Map<String, Object>) compose.get("volumes")).keySet();
		List<String> instances = new ArrayList<>();
		Set<String> used = new HashSet<>();
		services.forEach((name, service) -> {
			if ("ogp-portal:local".equals(service.get("image"))) {
				instances.add(name);
				List<String> volumes = (List<String>) service.getOrDefault("volumes", List.of());
				String volume = volumes.stream()
					.filter((mount) -> mount.endsWith(":" + dataDir.group(1)))
					.map((mount) -> mount.substring(0, mount.indexOf(':')))
					.findFirst()
					.orElse(null);
				assertThat(volume).as("%s's volume at %s", name, dataDir.group(1)).isNotNull().isIn(declared);
				assertThat(used.add(volume)).as("%s shares %s with another instance", name, volume).isTrue();
			}
		});
		assertThat(instances).containsExactly("app-1", "app-2");
	}

}

package org.opengovpartnership.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature packages (member, commitment, member, ...) depend on each other without
 * cycles and only through what they expose, in code and in query strings alike.
 */
class ModularityTests {

	private static final Path SOURCES = Path.of("src/main/java",
			ClassUtils.classPackageAsResourcePath(PortalApplication.class));

	/** An entity or table named in JPQL or SQL: after from, join, update or into. */
	private static final Pattern QUERIED = Pattern.compile("\\b(?i:from|join|update|into)\\s+([A-Za-z_]\\w*)\\b");

	private static final Pattern STRING_LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
			Pattern.DOTALL);

	/**
	 * Known and left for the change events of issue 11: caching bumps a member's version
	 * in a column of the members table. Nothing may join this list.
	 */
	private static final List<String> KNOWN = List.of(
			"caching/ContentVersionRepository.java queries members of module member",
			"caching/ContentVersions.java queries members of module member");

	private final ApplicationModules modules = ApplicationModules.of(PortalApplication.class);

	@Test
	void keepsTheFeaturePackagesApart() {
		this.modules.verify();
	}

	/**
	 * Spring Modulith sees types, not strings: a query in one module naming another
	 * module's entity (or its table) would hide a dependency. A module may query only its
	 * own entities and those of the modules it already depends on in code, never those of
	 * a module that depends on it.
	 */
	@Test
	void queriesOnlyItsOwnEntitiesAndThoseOfModulesItDependsOn() throws IOException {
		Map<String, Class<?>> entities = entitiesByQueriedName();
		List<String> violations = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				ApplicationModule module = moduleOf(file);
				if (module == null) {
					continue;
				}
				Matcher queried = QUERIED.matcher(stringLiterals(Files.readString(file)));
				while (queried.find()) {
					Class<?> entity = entities.get(queried.group(1));
					ApplicationModule owner = (entity != null) ? this.modules.getModuleByType(entity).orElse(null)
							: null;
					if (owner != null && !owner.equals(module)
							&& !module.getDependencies(this.modules).contains(owner)) {
						String violation = SOURCES.relativize(file) + " queries " + queried.group(1) + " of module "
								+ owner.getName();
						if (!KNOWN.contains(violation)) {
							violations.add(violation + ", which " + module.getName() + " does not depend on");
						}
					}
				}
			}
		}
		assertThat(violations).isEmpty();
	}

	private ApplicationModule moduleOf(Path file) {
		Path relative = SOURCES.relativize(file);
		if (relative.getNameCount() < 2) {
			return null;
		}
		return this.modules.getModuleByName(relative.getName(0).toString()).orElse(null);
	}

	/**
	 * Every string literal and text block of a source file, joined so that a query split
	 * over several reads whole.
	 */
	private static String stringLiterals(String source) {
		StringBuilder literals = new StringBuilder();
		Matcher literal = STRING_LITERAL.matcher(source);
		while (literal.find()) {
			literals.append((literal.group(1) != null) ? literal.group(1) : literal.group(2)).append(' ');
		}
		return literals.toString();
	}

	/** Each entity under its JPQL name (the class's simple name) and its table's name. */
	private static Map<String, Class<?>> entitiesByQueriedName() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
		Map<String, Class<?>> entities = new HashMap<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents(PortalApplication.class.getPackageName())) {
			Class<?> entity = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
			entities.put(entity.getSimpleName(), entity);
			Table table = entity.getAnnotation(Table.class);
			if (table != null) {
				entities.put(table.name(), entity);
			}
		}
		assertThat(entities).as("entities found").isNotEmpty();
		return entities;
	}

}

package org.opengovpartnership.portal.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.audit.AuditAction;
import org.opengovpartnership.portal.commitment.CommitmentFilter;
import org.opengovpartnership.portal.commitment.CommitmentStatus;
import org.opengovpartnership.portal.commitment.IrmScales;
import org.opengovpartnership.portal.commitment.MilestoneStatus;
import org.opengovpartnership.portal.member.ActionImplication;
import org.opengovpartnership.portal.member.GovernmentLevel;
import org.opengovpartnership.portal.member.IrmFinding;
import org.opengovpartnership.portal.member.IrmStatus;
import org.opengovpartnership.portal.member.ParticipationLevel;
import org.opengovpartnership.portal.member.StarFocus;
import org.opengovpartnership.portal.user.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every interface text exists in English and in Spanish: the two bundles have the same
 * keys, and every key a template names, or builds from an enum or a scale, is in them.
 */
class MessagesTests {

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)");

	/** The column headings of {@code fragments/tables :: head}, a list of keys. */
	private static final Pattern TABLE_HEAD = Pattern.compile("tables :: head\\(\\$\\{ \\{([^}]*)} }\\)");

	private static final Pattern QUOTED_KEY = Pattern.compile("'([A-Za-z][A-Za-z0-9_.]*)'");

	@Test
	void hasTheSameKeysInEnglishAndSpanish() {
		assertSameKeys("messages");
		assertSameKeys("ValidationMessages");
	}

	@Test
	void hasEveryKeyTheTemplatesName() throws IOException {
		Set<String> keys = load("messages").stringPropertyNames();
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				String text = Files.readString(template);
				List<String> named = new ArrayList<>();
				TEMPLATE_KEY.matcher(text).results().forEach((key) -> named.add(key.group(1)));
				TABLE_HEAD.matcher(text)
					.results()
					.forEach((head) -> QUOTED_KEY.matcher(head.group(1))
						.results()
						.forEach((key) -> named.add(key.group(1))));
				for (String key : named) {
					if (!keys.contains(key)) {
						missing.add(key + " in " + template.getFileName());
					}
				}
			}
		}
		assertThat(missing).as("message keys used by templates but not defined").isEmpty();
	}

	@Test
	void hasEveryKeyBuiltFromEnumsAndScales() {
		List<String> expected = new ArrayList<>();
		for (ParticipationLevel level : ParticipationLevel.values()) {
			expected.add("participation." + level);
			expected.add("participation." + level + ".definition");
		}
		Stream.of(CommitmentStatus.values()).forEach(v -> expected.add("commitment.status." + v));
		Stream.of(MilestoneStatus.values()).forEach(v -> expected.add("milestone.status." + v));
		Stream.of(IrmFinding.values()).forEach(v -> expected.add("report.finding." + v));
		Stream.of(ActionImplication.values()).forEach(v -> expected.add("report.implication." + v));
		Stream.of(StarFocus.values()).forEach(v -> expected.add("stars.focus." + v));
		Stream.of(AuditAction.values()).forEach(v -> expected.add("audit.action." + v));
		Stream.of(IrmStatus.values()).forEach(v -> expected.add("plan.irmStatus." + v));
		Stream.of(GovernmentLevel.values()).forEach(v -> expected.add("member.governmentLevel." + v));
		Stream.of(Role.values()).forEach(v -> expected.add("user.role." + v));
		Stream.of(CommitmentFilter.Sort.values()).forEach(v -> expected.add("explorer.sort." + v));
		IrmScales.ALL.forEach((name, values) -> {
			expected.add("irm." + name);
			expected.add("irm." + name + ".meaning");
			values.stream()
				.filter(value -> !name.equals("relevance"))
				.forEach(value -> expected.add("scale." + value.replace(' ', '_')));
		});
		assertThat(load("messages").stringPropertyNames()).containsAll(expected);
		assertThat(load("messages_es").stringPropertyNames()).containsAll(expected);
	}

	@Test
	void noticesAKeyMissingInOneLanguage() {
		Properties english = new Properties();
		english.setProperty("only.english", "x");
		assertThat(difference(english, new Properties())).containsExactly("only.english");
	}

	private static void assertSameKeys(String bundle) {
		Properties english = load(bundle);
		Properties spanish = load(bundle + "_es");
		assertThat(difference(english, spanish)).as(bundle + " keys missing in Spanish").isEmpty();
		assertThat(difference(spanish, english)).as(bundle + " keys missing in English").isEmpty();
	}

	private static Set<String> difference(Properties these, Properties those) {
		Set<String> missing = new TreeSet<>(these.stringPropertyNames());
		missing.removeAll(those.stringPropertyNames());
		return missing;
	}

	private static Properties load(String bundle) {
		Properties properties = new Properties();
		try (InputStream in = MessagesTests.class.getResourceAsStream("/" + bundle + ".properties")) {
			assertThat(in).as(bundle).isNotNull();
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}

package org.opengovpartnership.portal.commitment;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opengovpartnership.portal.audit.AuditAction;
import org.opengovpartnership.portal.audit.AuditTrail.Change;
import org.opengovpartnership.portal.audit.AuditTrail.FieldChange;
import org.opengovpartnership.portal.system.Dates;
import org.opengovpartnership.portal.system.Terms;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a commitment's feed says of each recorded change, with the portal's own texts in
 * English and Spanish.
 */
class CommitmentChangesInWordsTests {

	private final CommitmentChangesInWords words = new CommitmentChangesInWords(messages(), new Terms(messages()),
			new Dates());

	@AfterEach
	void backToEnglish() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void saysTheCompletionLevelWithTheLabelsOfTheCommitmentPage() {
		assertThat(describe(update(new FieldChange("irmCompletion", "Not Started", "Substantial"))))
			.containsExactly("Completion: Not started \u2192 Substantial");
	}

	@Test
	void saysAMilestoneWasMarkedComplete() {
		assertThat(describe(update(new FieldChange("milestones",
				List.of(milestone("Publish the first report", "IN_PROGRESS"), milestone("Train staff", null)),
				List.of(milestone("Publish the first report", "COMPLETED"), milestone("Train staff", null))))))
			.containsExactly("Milestone 'Publish the first report' marked complete");
	}

	@Test
	void saysMilestonesAddedRemovedDelayedOrOtherwiseChanged() {
		Map<String, Object> moved = milestone("Train staff", "IN_PROGRESS");
		moved.put("endDate", "2027-01-31");
		assertThat(describe(update(new FieldChange("milestones",
				List.of(milestone("Draft the law", "NOT_STARTED"), milestone("Train staff", "IN_PROGRESS"),
						milestone("Old step", null)),
				List.of(milestone("Draft the law", "DELAYED"), moved, milestone("New step", null))))))
			.containsExactly("Milestone 'Draft the law': Not started \u2192 Delayed", "Milestone 'Train staff' changed",
					"Milestone 'New step' added", "Milestone 'Old step' removed");
	}

	@Test
	void saysMilestonesWereOnlyReordered() {
		assertThat(describe(update(new FieldChange("milestones", List.of(milestone("A", null), milestone("B", null)),
				List.of(milestone("B", null), milestone("A", null))))))
			.containsExactly("Milestones reordered");
	}

	@Test
	void namesALongTextThatChangedAndShowsShortValuesAndBlanks() {
		assertThat(describe(update(new FieldChange("title", "Open budgets", "Open budgets for all"),
				new FieldChange("status", null, "ACTIVE"), new FieldChange("irmStarred", false, true),
				new FieldChange("endDate", "2024-06-30", "2025-06-30"))))
			.containsExactly("Title changed", "Status: Not specified \u2192 Active", "Starred: No \u2192 Yes",
					"End date: 30 June 2024 \u2192 30 June 2025");
	}

	@Test
	void saysACreationAndAnImportInOneLine() {
		assertThat(describe(new Change(1L, Instant.EPOCH, AuditAction.CREATE,
				List.of(new FieldChange("title", null, "Open budgets")))))
			.containsExactly("Commitment created");
		assertThat(describe(new Change(2L, Instant.EPOCH, AuditAction.IMPORT, List.of())))
			.containsExactly("Imported from OGP data");
	}

	@Test
	void saysNothingOfASaveThatChangedNothing() {
		assertThat(describe(update())).isEmpty();
	}

	@Test
	void speaksSpanish() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));

		assertThat(describe(update(new FieldChange("irmCompletion", "Limited", "Substantial"),
				new FieldChange("milestones", List.of(milestone("Publicar el informe", "IN_PROGRESS")),
						List.of(milestone("Publicar el informe", "COMPLETED"))))))
			.containsExactly("Nivel de cumplimiento: Limitado \u2192 Sustancial",
					"Hito \u00abPublicar el informe\u00bb marcado como completado");
	}

	private List<String> describe(Change change) {
		return this.words.describe(change);
	}

	private static Change update(FieldChange... fields) {
		return new Change(1L, Instant.EPOCH, AuditAction.UPDATE, List.of(fields));
	}

	/** A milestone as the audit trail records it. */
	private static Map<String, Object> milestone(String title, String status) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("title", title);
		values.put("startDate", null);
		values.put("endDate", null);
		values.put("status", status);
		values.put("progress", null);
		values.put("weight", null);
		values.put("evidence", List.of());
		return values;
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}

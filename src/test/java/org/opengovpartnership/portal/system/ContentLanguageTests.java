package org.opengovpartnership.portal.system;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class ContentLanguageTests {

	private final ContentLanguage contentLanguage = new ContentLanguage();

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void tellsEnglishFromSpanishContentOfOgpsData() {
		assertThat(ContentLanguage.languageOf("Citizen Oversight of Social Program Spending")).isEqualTo("en");
		assertThat(ContentLanguage.languageOf("Open Data Portal")).isEqualTo("en");
		assertThat(ContentLanguage.languageOf("El compromiso busca diseñar de manera participativa una política"))
			.isEqualTo("es");
		assertThat(ContentLanguage.languageOf("Política Institucional de Parlamento Abierto")).isEqualTo("es");
		assertThat(ContentLanguage.languageOf("Institución responsable: Ministerio de Transporte")).isEqualTo("es");
	}

	@Test
	void readsALongTextsOpeningOnly() {
		String spanishOpening = "El compromiso busca diseñar una política de datos abiertos. ".repeat(40);
		String englishRest = "The commitment will open the data of the ministry to the public. ".repeat(400);
		assertThat(spanishOpening.length()).isGreaterThan(ContentLanguage.READ);
		assertThat(ContentLanguage.languageOf(spanishOpening + englishRest)).isEqualTo("es");
		assertThat(ContentLanguage.languageOf(englishRest + spanishOpening)).isEqualTo("en");
	}

	@Test
	void marksOnlyContentInAnotherLanguageThanThePage() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
		assertThat(this.contentLanguage.of("Citizen Oversight of Social Program Spending")).isEqualTo("en");
		assertThat(this.contentLanguage.of("Política de Parlamento Abierto")).isNull();
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.contentLanguage.of("Citizen Oversight of Social Program Spending")).isNull();
		assertThat(this.contentLanguage.of("Política de Parlamento Abierto")).isEqualTo("es");
		assertThat(this.contentLanguage.of(null)).isNull();
		assertThat(this.contentLanguage.of(" ")).isNull();
	}

}

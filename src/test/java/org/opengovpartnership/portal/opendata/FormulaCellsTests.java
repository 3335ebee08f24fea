package org.opengovpartnership.portal.opendata;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormulaCellsTests {

	@Test
	void quotesWhatASpreadsheetWouldReadAsAFormula() {
		assertThat(FormulaCells.neutralise("=1+1")).isEqualTo("'=1+1");
		assertThat(FormulaCells.neutralise("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
		assertThat(FormulaCells.neutralise("-5")).isEqualTo("'-5");
		assertThat(FormulaCells.neutralise("- item")).isEqualTo("'- item");
		assertThat(FormulaCells.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(FormulaCells.neutralise("\t=1")).isEqualTo("'\t=1");
		assertThat(FormulaCells.neutralise("\r=1")).isEqualTo("'\r=1");
		assertThat(FormulaCells.neutralise("'=1")).isEqualTo("''=1");
	}

	@Test
	void leavesOtherCellsAlone() {
		for (String cell : List.of("", "5", "Open data", "'quoted'", "'", "''", "a=b", " =1")) {
			assertThat(FormulaCells.neutralise(cell)).as(cell).isEqualTo(cell);
			assertThat(FormulaCells.restore(cell)).as(cell).isEqualTo(cell);
		}
		assertThat(FormulaCells.neutralise(null)).isNull();
	}

	@Test
	void importReversesExactlyWhatTheExportAdded() {
		for (String value : List.of("=1+1", "-5", "- item", "@x", "\t=1", "\r=1", "'=1", "''-2", "'", "x", "'x")) {
			assertThat(FormulaCells.restore(FormulaCells.neutralise(value))).as(value).isEqualTo(value);
		}
	}

}

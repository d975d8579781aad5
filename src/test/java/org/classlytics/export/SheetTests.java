package org.classlytics.export;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SheetTests {

	@Test
	void refusesAValueOfTheWrongTypeNamingTheRowAndColumn() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Sheet.builder("Grades")
				.columns(Column.text("Name"), Column.decimal("Average", 2))
				.row("Ann", 90)
				.row("Bob", "ninety")
				.build())
			.withMessageContaining("row 2")
			.withMessageContaining("\"Average\"");
	}

	@Test
	void refusesARowWithTheWrongNumberOfValues() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Sheet.builder("Grades").columns(Column.text("Name")).row("Ann", 1).build())
			.withMessageContaining("row 1 has 2 values for 1 columns");
	}

	@Test
	void integerColumnsTakeWholeNumbersOnly() {
		Column count = Column.integer("Count");
		Sheet sheet = Sheet.builder("Counts")
			.column(count)
			.row(1)
			.row(2L)
			.row(BigInteger.TEN)
			.row(new BigDecimal("4.00"))
			.row(5.0)
			.build();

		assertThat(sheet.rows()).hasSize(5);
		assertThat(CellValues.plain(count, new BigDecimal("4.00"))).isEqualTo("4");
		assertThatIllegalArgumentException().isThrownBy(() -> Sheet.builder("Counts").column(count).row(1.5).build());
	}

	@Test
	void decimalsRoundHalfUpToTheScaleFromTheWrittenValue() {
		Column average = Column.decimal("Average", 2);

		assertThat(CellValues.plain(average, 87.675)).isEqualTo("87.68");
		assertThat(CellValues.plain(average, 2.675f)).isEqualTo("2.68");
		assertThat(CellValues.plain(average, new BigDecimal("88.6"))).isEqualTo("88.60");
		assertThat(CellValues.plain(average, -0.005)).isEqualTo("-0.01");
		assertThat(CellValues.plain(average, 1e-7)).isEqualTo("0.00");
		assertThat(CellValues.plain(average, 12345678901L)).isEqualTo("12345678901.00");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Sheet.builder("A").column(average).row(Double.NaN).build());
	}

	@Test
	void dateColumnsTakeLocalDates() {
		Column day = Column.date("Day");

		assertThat(CellValues.plain(day, LocalDate.of(2021, 1, 3))).isEqualTo("2021-01-03");
		assertThatIllegalArgumentException().isThrownBy(() -> Sheet.builder("A").column(day).row("2021-01-03").build());
	}

	@Test
	void keepsEmptyCellsAndCannotBeChangedAfterwards() {
		List<Object> row = new ArrayList<>(Arrays.asList("Ann", null));
		Sheet sheet = new Sheet("A", List.of(Column.text("Name"), Column.integer("Count")), List.of(row));
		row.set(0, "Changed");

		assertThat(sheet.rows().get(0)).containsExactly("Ann", null);
		assertThatIllegalArgumentException().isThrownBy(() -> new Sheet(" ", List.of(Column.text("a")), List.of()));
	}

	@Test
	void onlyDecimalAndPercentageColumnsHaveAScale() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Column("Count", ColumnType.INTEGER, 2));
		assertThat(Column.percentage("Rate", 1).numeric()).isTrue();
		assertThat(Column.date("Day").numeric()).isFalse();
	}

}

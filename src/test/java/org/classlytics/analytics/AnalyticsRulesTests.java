package org.classlytics.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The small rules behind the figures, without a database.
 */
class AnalyticsRulesTests {

	@Test
	void keepsItemPercentagesToSixteenDecimals() {
		assertThat(Facts.percentage(new BigDecimal("2"), new BigDecimal("3")))
			.isEqualTo(new BigDecimal("66.6666666666666667"));
		assertThat(Facts.percentage(new BigDecimal("0"), new BigDecimal("20"))).isEqualByComparingTo("0");
		assertThat(Facts.percentage(new BigDecimal("100.04"), new BigDecimal("1000"))).isEqualByComparingTo("10.004");
	}

	@Test
	void roundsRatesHalfUpAndHasNoneWithoutRecords() {
		assertThat(Analytics.percent(2, 3)).isEqualTo(new BigDecimal("66.67"));
		assertThat(Analytics.percent(1, 8)).isEqualTo(new BigDecimal("12.50"));
		assertThat(Analytics.percent(0, 4)).isEqualTo(new BigDecimal("0.00"));
		assertThat(Analytics.percent(0, 0)).isNull();
	}

	@Test
	void takesTheLocalDayOfTheSchool() {
		Instant sundayNightUtc = Instant.parse("2025-03-09T22:30:00Z");
		assertThat(Facts.localDate(sundayNightUtc, ZoneId.of("Europe/Athens"))).isEqualTo(LocalDate.of(2025, 3, 10));
		assertThat(Facts.localDate(sundayNightUtc, ZoneId.of("UTC"))).isEqualTo(LocalDate.of(2025, 3, 9));
	}

	@Test
	void putsOnlyTheGivenPredicatesInTheSql() {
		Scope scope = new Scope(null, 7L, null, null, LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 10));
		assertThat(scope.where("school_id", "student_id", null, null, "week_start"))
			.isEqualTo(" AND student_id = :student AND week_start >= :from AND week_start <= :to");
		assertThat(scope.where("school_id", "", "", "", "")).isEmpty();
		assertThat(scope.params()).containsOnlyKeys("student", "from", "to");
	}

	@Test
	void comparesValuesTheSameWhateverTheirSource() {
		assertThat(DerivedTable.normalize(new BigDecimal("90.00"))).isEqualTo(DerivedTable.normalize(90));
		assertThat(DerivedTable.normalize(new BigDecimal("0.000"))).isEqualTo("0");
		assertThat(DerivedTable.normalize(java.sql.Date.valueOf("2025-03-10")))
			.isEqualTo(DerivedTable.normalize(LocalDate.of(2025, 3, 10)));
		assertThat(DerivedTable.bindable(List.of("student_id", "week_start"), List.of("7", "2025-03-10")))
			.containsExactly(7L, LocalDate.of(2025, 3, 10));
	}

}

package org.classlytics.intake;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CellsTests {

	@Test
	void readsTheUsualFormOfAnInstant() {
		assertThat(Cells.instant("2025-01-15T09:00:00Z")).isEqualTo(Instant.parse("2025-01-15T09:00:00Z"));
		assertThat(Cells.instant("2024-02-29T23:59:59Z")).isEqualTo(Instant.parse("2024-02-29T23:59:59Z"));
		assertThat(Cells.instant("0000-01-01T00:00:00Z")).isEqualTo(Instant.parse("0000-01-01T00:00:00Z"));
	}

	@Test
	void readsEveryOtherIsoFormWithItsOffset() {
		assertThat(Cells.instant("2025-01-15T11:00:00+02:00")).isEqualTo(Instant.parse("2025-01-15T09:00:00Z"));
		assertThat(Cells.instant("2025-01-15T09:00Z")).isEqualTo(Instant.parse("2025-01-15T09:00:00Z"));
		assertThat(Cells.instant("2025-01-15T09:00:00.250Z")).isEqualTo(Instant.parse("2025-01-15T09:00:00.250Z"));
		// The ISO parser reads letters in any case.
		assertThat(Cells.instant("2025-01-15t09:00:00z")).isEqualTo(Instant.parse("2025-01-15T09:00:00Z"));
	}

	@Test
	void rejectsWhatTheIsoParserRejects() {
		for (String value : List.of("2025-02-29T09:00:00Z", "2025-13-01T09:00:00Z", "2025-00-10T09:00:00Z",
				"2025-01-32T09:00:00Z", "2025-01-15T24:00:00Z", "2025-01-15T09:60:00Z", "2025-01-15T09:00:60Z",
				"2025-01-15 09:00:00Z", "2025-01-15T09:00:00", "2025-1-15T09:00:00Z", "2025-01-15T09:0a:00Z",
				"２０２５-01-15T09:00:00Z", "yesterday")) {
			assertThatExceptionOfType(DateTimeException.class).as(value).isThrownBy(() -> Cells.instant(value));
			assertThatExceptionOfType(DateTimeException.class).as(value).isThrownBy(() -> OffsetDateTime.parse(value));
		}
	}

	@Test
	void agreesWithTheIsoParserOnRandomInstants() {
		Random random = new Random(20261207);
		for (int i = 0; i < 10_000; i++) {
			String value = Instant.ofEpochSecond(random.nextLong(0, 253_402_300_799L)).toString();
			assertThat(Cells.instant(value)).as(value).isEqualTo(OffsetDateTime.parse(value).toInstant());
		}
	}

}

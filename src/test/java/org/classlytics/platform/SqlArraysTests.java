package org.classlytics.platform;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SqlArraysTests {

	@Test
	void placesAnInstantAtOffsetZeroAsTheJdkDoes() {
		Random random = new Random(20261207);
		for (int i = 0; i < 10_000; i++) {
			Instant instant = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 250_000_000_000L),
					random.nextInt(1_000_000_000));
			assertThat(SqlArrays.utc(instant)).isEqualTo(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
		}
		assertThat(SqlArrays.utc(null)).isNull();
	}

	@Test
	void writesATimestampRoundedToTheMicrosecondHalfUp() {
		assertThat(SqlArrays.timestamp(Instant.parse("2025-01-15T09:00:00Z"))).isEqualTo("2025-01-15T09:00Z");
		assertThat(SqlArrays.timestamp(Instant.parse("2025-01-15T09:00:01.000000499Z")))
			.isEqualTo("2025-01-15T09:00:01Z");
		assertThat(SqlArrays.timestamp(Instant.parse("2025-01-15T09:00:01.000000500Z")))
			.isEqualTo("2025-01-15T09:00:01.000001Z");
		assertThat(SqlArrays.timestamp(Instant.parse("2025-12-31T23:59:59.999999500Z"))).isEqualTo("2026-01-01T00:00Z");
		assertThat(SqlArrays.timestamp(null)).isNull();
	}

}

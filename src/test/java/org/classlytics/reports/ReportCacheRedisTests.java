package org.classlytics.reports;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.classlytics.support.LocalRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Redis level of the report cache, with two caches standing for two instances that
 * share one Redis (under a prefix of their own). Runs only when Redis answers at
 * {@code spring.data.redis.host} (127.0.0.1 by default) and
 * {@code spring.data.redis.port}.
 */
@EnabledIf("org.classlytics.support.LocalRedis#reachable")
class ReportCacheRedisTests {

	record Sample(String text, BigDecimal figure, LocalDate day, List<Integer> counts) {

	}

	private static final ReportCache.Key KEY = new ReportCache.Key("sample", 1L, 10L,
			java.util.Arrays.asList(100L, LocalDate.of(2025, 3, 10), null));

	private static final ReportCache.Key REACH = new ReportCache.Key(ReportCache.REACH_PREFIX + "sample", 1L, 10L,
			List.of(100L));

	private final String prefix = "classlytics-test2:" + UUID.randomUUID() + ":";

	private final ReportsRedis redisOne = redis(LocalRedis.port(), this.prefix);

	private final ReportsRedis redisTwo = redis(LocalRedis.port(), this.prefix);

	private final ReportCache one = new ReportCache(100, Duration.ofMinutes(1), this.redisOne);

	private final ReportCache two = new ReportCache(100, Duration.ofMinutes(1), this.redisTwo);

	private final AtomicInteger computed = new AtomicInteger();

	@AfterEach
	void close() {
		this.redisOne.destroy();
		this.redisTwo.destroy();
	}

	@Test
	void aReportComputedOnOneInstanceIsAHitOnBoth() {
		assertThat(get(this.one, "v1")).isEqualTo(sample("v1"));
		assertThat(get(this.one, "v2")).isEqualTo(sample("v1"));
		assertThat(get(this.two, "v3")).isEqualTo(sample("v1"));
		assertThat(get(this.two, "v4")).isEqualTo(sample("v1"));
		assertThat(this.computed).hasValue(1);
	}

	@Test
	void anEvictionOnOneInstanceReachesTheOther() {
		get(this.one, "v1");
		get(this.two, "v1");

		assertThat(this.one.evictPeople(List.of(7L))).isEqualTo(1);

		assertThat(get(this.two, "v2")).isEqualTo(sample("v2"));
		assertThat(get(this.one, "v3")).isEqualTo(sample("v2"));
		assertThat(this.computed).hasValue(2);
		assertThat(this.two.evictPeople(List.of(8L))).isZero();
	}

	@Test
	void theSchoolsEntriesAreEvictedEverywhere() {
		get(this.one, "v1");
		get(this.two, "v1");

		assertThat(this.two.evictSchool(2L)).isZero();
		assertThat(this.two.evictSchool(1L)).isEqualTo(1);

		assertThat(get(this.one, "v2")).isEqualTo(sample("v2"));
		assertThat(this.one.evictPeople(List.of(7L))).isEqualTo(1);
	}

	@Test
	void aReportComputedWhileAnotherInstanceEvictsIsNotStored() {
		Sample raced = this.one.get(KEY, Sample.class, () -> {
			this.two.evictPeople(List.of(99L));
			return sample("old");
		}, (s) -> List.of(7L));

		assertThat(raced).isEqualTo(sample("old"));
		assertThat(get(this.two, "new")).isEqualTo(sample("new"));
		assertThat(get(this.one, "newer")).isEqualTo(sample("new"));
	}

	@Test
	void redisOnAClosedPortFallsBackToTheLocalLevelWithoutWaiting() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		ReportsRedis down = redis(closedPort, this.prefix);
		ReportCache local = new ReportCache(100, Duration.ofMinutes(1), down);
		long started = System.nanoTime();

		assertThat(get(local, "v1")).isEqualTo(sample("v1"));
		assertThat(get(local, "v2")).isEqualTo(sample("v1"));
		assertThat(local.evictPeople(List.of(7L))).isEqualTo(1);
		assertThat(get(local, "v3")).isEqualTo(sample("v3"));

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
		assertThat(this.computed).hasValue(2);
		down.destroy();
	}

	@Test
	void aReachIsKeptOnEachInstanceAndAnEvictionAnywhereRevokesIt() {
		assertThat(reach(this.one, "r1")).isEqualTo("r1");
		assertThat(reach(this.one, "r2")).isEqualTo("r1");
		// only stamps are shared: each instance reads its own reach once
		assertThat(reach(this.two, "r3")).isEqualTo("r3");
		assertThat(reach(this.two, "r4")).isEqualTo("r3");
		assertThat(reach(this.one, "r4")).isEqualTo("r1");

		// a reach is not a report: evicted on both instances but not counted
		assertThat(this.two.evictPeople(List.of(7L))).isZero();

		assertThat(reach(this.one, "r5")).isEqualTo("r5");
		assertThat(reach(this.two, "r6")).isEqualTo("r6");
		assertThat(this.computed).hasValue(4);
	}

	@Test
	void aReachReadWhileAnotherInstanceEvictsIsNotKept() {
		String raced = this.one.reach(REACH, () -> {
			this.two.evictPeople(List.of(99L));
			return "old";
		}, (r) -> List.of(7L));

		assertThat(raced).isEqualTo("old");
		assertThat(reach(this.one, "new")).isEqualTo("new");
		assertThat(reach(this.one, "newer")).isEqualTo("new");
	}

	private String reach(ReportCache cache, String text) {
		return cache.reach(REACH, () -> {
			this.computed.incrementAndGet();
			return text;
		}, (r) -> List.of(7L, 10L));
	}

	private Sample get(ReportCache cache, String text) {
		return cache.get(KEY, Sample.class, () -> {
			this.computed.incrementAndGet();
			return sample(text);
		}, (s) -> List.of(7L, 10L));
	}

	private static Sample sample(String text) {
		return new Sample(text, new BigDecimal("72.50"), LocalDate.of(2025, 3, 10), List.of(1, 2, 3));
	}

	private static ReportsRedis redis(int port, String prefix) {
		return new ReportsRedis(LocalRedis.host(), port, "", prefix, Duration.ofMillis(500));
	}

}

package org.classlytics.reports;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BulkRateLimiterTests {

	@Test
	void allowsTenRequestsPerUserAndMinuteInProcess() {
		BulkRateLimiter limiter = new BulkRateLimiter(10,
				new ReportsRedis("", 6379, "", "test:", Duration.ofMillis(200)));

		assertTenThenRefused(limiter, 1L);
		limiter.acquire(2L);
	}

	@Test
	void fallsBackToTheProcessWhenRedisIsDown() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		ReportsRedis redis = new ReportsRedis("127.0.0.1", closedPort, "", "test:", Duration.ofMillis(200));
		BulkRateLimiter limiter = new BulkRateLimiter(10, redis);

		long started = System.nanoTime();
		assertTenThenRefused(limiter, 1L);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
		redis.destroy();
	}

	@Test
	@EnabledIfSystemProperty(named = "spring.data.redis.host", matches = ".+")
	void sharesTheAllowanceThroughRedis() {
		String host = System.getProperty("spring.data.redis.host");
		int port = Integer.parseInt(System.getProperty("spring.data.redis.port", "6379"));
		String prefix = "classlytics-test2:" + UUID.randomUUID() + ":";
		ReportsRedis redisOne = new ReportsRedis(host, port, "", prefix, Duration.ofMillis(500));
		ReportsRedis redisTwo = new ReportsRedis(host, port, "", prefix, Duration.ofMillis(500));
		BulkRateLimiter one = new BulkRateLimiter(10, redisOne);
		BulkRateLimiter two = new BulkRateLimiter(10, redisTwo);

		for (int i = 0; i < 5; i++) {
			one.acquire(7L);
			two.acquire(7L);
		}

		assertThatThrownBy(() -> one.acquire(7L)).isInstanceOf(BulkRateLimiter.RateLimited.class);
		assertThatThrownBy(() -> two.acquire(7L)).isInstanceOf(BulkRateLimiter.RateLimited.class);
		redisOne.destroy();
		redisTwo.destroy();
	}

	private static void assertTenThenRefused(BulkRateLimiter limiter, long userId) {
		for (int i = 0; i < 10; i++) {
			limiter.acquire(userId);
		}
		assertThatThrownBy(() -> limiter.acquire(userId)).isInstanceOfSatisfying(BulkRateLimiter.RateLimited.class,
				(ex) -> assertThat(ex.retryAfterSeconds()).isBetween(1L, 60L));
	}

}

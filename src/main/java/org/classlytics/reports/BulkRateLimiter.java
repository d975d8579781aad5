package org.classlytics.reports;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.api.StatefulRedisConnection;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;

/**
 * At most {@code classlytics.reports.bulk-per-minute} bulk requests per user per minute
 * (10 by default). The buckets live in Redis when {@code spring.data.redis.host} is set,
 * so every instance shares them; otherwise, and whenever Redis fails, in this process.
 * After a Redis failure the limiter stays local for {@link ReportsRedis#RETRY} before
 * trying Redis again.
 */
@Component
class BulkRateLimiter {

	private final int perMinute;

	private final BucketConfiguration configuration;

	private final Map<Long, Bucket> local = new ConcurrentHashMap<>();

	private final ReportsRedis redis;

	private volatile StatefulRedisConnection<String, byte[]> managed;

	private volatile ProxyManager<String> manager;

	BulkRateLimiter(@Value("${classlytics.reports.bulk-per-minute:10}") int perMinute, ReportsRedis redis) {
		this.perMinute = perMinute;
		this.configuration = BucketConfiguration.builder()
			.addLimit(
					Bandwidth.builder().capacity(perMinute).refillIntervally(perMinute, Duration.ofMinutes(1)).build())
			.build();
		this.redis = redis;
	}

	/**
	 * Takes one request from the user's allowance.
	 * @throws RateLimited when none is left
	 */
	void acquire(long userId) {
		ConsumptionProbe probe = probe(userId);
		if (!probe.isConsumed()) {
			long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
			throw new RateLimited(this.perMinute, seconds);
		}
	}

	private ConsumptionProbe probe(long userId) {
		ProxyManager<String> proxies = proxies();
		if (proxies != null) {
			try {
				ConsumptionProbe probe = proxies
					.getProxy(this.redis.key("reports:bulk:" + userId), () -> this.configuration)
					.tryConsumeAndReturnRemaining(1);
				this.redis.succeeded();
				return probe;
			}
			catch (RuntimeException ex) {
				this.redis.failed("rate limit", ex);
			}
		}
		return this.local.computeIfAbsent(userId, (id) -> Bucket.builder().addLimit(limit()).build())
			.tryConsumeAndReturnRemaining(1);
	}

	private Bandwidth limit() {
		return this.configuration.getBandwidths()[0];
	}

	/**
	 * The Bucket4j proxies over the shared connection (rebuilt if it was reopened), or
	 * null when Redis is not in use.
	 */
	private ProxyManager<String> proxies() {
		StatefulRedisConnection<String, byte[]> connection = this.redis.connection();
		if (connection == null) {
			return null;
		}
		synchronized (this) {
			if (this.managed != connection) {
				this.manager = Bucket4jLettuce.casBasedBuilder(connection)
					.expirationAfterWrite(
							ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
					.build();
				this.managed = connection;
			}
			return this.manager;
		}
	}

	/**
	 * Too many bulk requests: answered with 429 and Retry-After (the API), or the
	 * friendly 429 page (the web UI, which reads the status from {@link ErrorResponse}).
	 */
	static class RateLimited extends RuntimeException implements ErrorResponse {

		private final long retryAfterSeconds;

		RateLimited(int perMinute, long retryAfterSeconds) {
			super("At most " + perMinute + " bulk report requests per minute; try again in " + retryAfterSeconds
					+ " s");
			this.retryAfterSeconds = retryAfterSeconds;
		}

		long retryAfterSeconds() {
			return this.retryAfterSeconds;
		}

		@Override
		public HttpStatusCode getStatusCode() {
			return HttpStatus.TOO_MANY_REQUESTS;
		}

		@Override
		public ProblemDetail getBody() {
			return ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, getMessage());
		}

	}

}

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
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
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
 * After a Redis failure the limiter stays local for {@link #REDIS_RETRY} before trying
 * Redis again.
 */
@Component
class BulkRateLimiter implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(BulkRateLimiter.class);

	static final Duration REDIS_RETRY = Duration.ofSeconds(30);

	private final int perMinute;

	private final BucketConfiguration configuration;

	private final Map<Long, Bucket> local = new ConcurrentHashMap<>();

	private final String host;

	private final int port;

	private final String password;

	private final String keyPrefix;

	private final Duration timeout;

	private volatile RedisClient client;

	private volatile StatefulRedisConnection<String, byte[]> connection;

	private volatile ProxyManager<String> redis;

	private volatile long redisRetryAt;

	BulkRateLimiter(@Value("${classlytics.reports.bulk-per-minute:10}") int perMinute,
			@Value("${spring.data.redis.host:}") String host, @Value("${spring.data.redis.port:6379}") int port,
			@Value("${spring.data.redis.password:}") String password,
			@Value("${classlytics.reports.redis-key-prefix:classlytics:}") String keyPrefix,
			@Value("${classlytics.reports.redis-timeout:500ms}") Duration timeout) {
		this.perMinute = perMinute;
		this.configuration = BucketConfiguration.builder()
			.addLimit(
					Bandwidth.builder().capacity(perMinute).refillIntervally(perMinute, Duration.ofMinutes(1)).build())
			.build();
		this.host = host;
		this.port = port;
		this.password = password;
		this.keyPrefix = keyPrefix;
		this.timeout = timeout;
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
		ProxyManager<String> manager = redis();
		if (manager != null) {
			try {
				return manager.getProxy(this.keyPrefix + "reports:bulk:" + userId, () -> this.configuration)
					.tryConsumeAndReturnRemaining(1);
			}
			catch (RuntimeException ex) {
				log.warn("Redis rate limit failed, counting in process for {}: {}", REDIS_RETRY, ex.toString());
				this.redisRetryAt = System.nanoTime() + REDIS_RETRY.toNanos();
			}
		}
		return this.local.computeIfAbsent(userId, (id) -> Bucket.builder().addLimit(limit()).build())
			.tryConsumeAndReturnRemaining(1);
	}

	private Bandwidth limit() {
		return this.configuration.getBandwidths()[0];
	}

	private ProxyManager<String> redis() {
		if (this.host.isBlank()) {
			return null;
		}
		if (this.redisRetryAt != 0 && System.nanoTime() - this.redisRetryAt < 0) {
			return null;
		}
		if (this.redis != null) {
			return this.redis;
		}
		synchronized (this) {
			if (this.redis == null) {
				try {
					RedisURI.Builder uri = RedisURI.builder()
						.withHost(this.host)
						.withPort(this.port)
						.withTimeout(this.timeout);
					if (!this.password.isEmpty()) {
						uri.withPassword(this.password.toCharArray());
					}
					this.client = RedisClient.create(uri.build());
					this.connection = this.client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
					this.connection.setTimeout(this.timeout);
					this.redis = Bucket4jLettuce.casBasedBuilder(this.connection)
						.expirationAfterWrite(ExpirationAfterWriteStrategy
							.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
						.build();
				}
				catch (RuntimeException ex) {
					log.warn("Redis unavailable for rate limits, counting in process for {}: {}", REDIS_RETRY,
							ex.toString());
					this.redisRetryAt = System.nanoTime() + REDIS_RETRY.toNanos();
					close();
					return null;
				}
			}
			return this.redis;
		}
	}

	private void close() {
		if (this.connection != null) {
			this.connection.closeAsync();
			this.connection = null;
		}
		if (this.client != null) {
			this.client.shutdownAsync();
			this.client = null;
		}
	}

	@Override
	public void destroy() {
		close();
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

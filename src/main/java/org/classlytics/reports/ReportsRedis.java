package org.classlytics.reports;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The reports module's one Redis connection (Lettuce, string keys, byte values), shared
 * by the bulk rate limiter and the report cache, and used only when
 * {@code spring.data.redis.host} is set. It is opened lazily, connects and answers within
 * {@code classlytics.reports.redis-timeout} (500 ms), rejects commands while
 * disconnected, and after any failure is skipped for
 * {@code classlytics.reports.redis-retry} ({@link #RETRY} by default): an outage is
 * logged once, costs at most one timeout per retry period, and never fails a request.
 */
@Component
class ReportsRedis implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ReportsRedis.class);

	static final Duration RETRY = Duration.ofSeconds(30);

	private final String host;

	private final int port;

	private final String password;

	private final String keyPrefix;

	private final Duration timeout;

	private final Duration retry;

	private final List<Runnable> failureListeners = new CopyOnWriteArrayList<>();

	private volatile RedisClient client;

	private volatile StatefulRedisConnection<String, byte[]> connection;

	private volatile long retryAt;

	private volatile boolean down;

	ReportsRedis(String host, int port, String password, String keyPrefix, Duration timeout) {
		this(host, port, password, keyPrefix, timeout, RETRY);
	}

	@Autowired
	ReportsRedis(@Value("${spring.data.redis.host:}") String host, @Value("${spring.data.redis.port:6379}") int port,
			@Value("${spring.data.redis.password:}") String password,
			@Value("${classlytics.reports.redis-key-prefix:classlytics:}") String keyPrefix,
			@Value("${classlytics.reports.redis-timeout:500ms}") Duration timeout,
			@Value("${classlytics.reports.redis-retry:30s}") Duration retry) {
		this.retry = retry;
		this.host = host;
		this.port = port;
		this.password = password;
		this.keyPrefix = keyPrefix;
		this.timeout = timeout;
	}

	/**
	 * Keys of this application start with the prefix.
	 */
	String key(String suffix) {
		return this.keyPrefix + suffix;
	}

	boolean configured() {
		return !this.host.isBlank();
	}

	/**
	 * Runs when a command fails (the report cache drops what it can no longer vouch for).
	 */
	void onFailure(Runnable listener) {
		this.failureListeners.add(listener);
	}

	/**
	 * The connection, or null when Redis is not configured, cannot be reached, or is
	 * being skipped after a failure.
	 */
	StatefulRedisConnection<String, byte[]> connection() {
		if (!configured() || skipping()) {
			return null;
		}
		StatefulRedisConnection<String, byte[]> current = this.connection;
		if (current != null) {
			return current;
		}
		synchronized (this) {
			if (this.connection == null && !skipping()) {
				try {
					RedisURI.Builder uri = RedisURI.builder()
						.withHost(this.host)
						.withPort(this.port)
						.withTimeout(this.timeout);
					if (!this.password.isEmpty()) {
						uri.withPassword(this.password.toCharArray());
					}
					this.client = RedisClient.create(uri.build());
					this.client.setOptions(ClientOptions.builder()
						.socketOptions(SocketOptions.builder().connectTimeout(this.timeout).build())
						.timeoutOptions(TimeoutOptions.enabled(this.timeout))
						.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
						.build());
					StatefulRedisConnection<String, byte[]> opened = this.client
						.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
					opened.setTimeout(this.timeout);
					this.connection = opened;
				}
				catch (RuntimeException ex) {
					close();
					failed("connect", ex);
					return null;
				}
			}
			return this.connection;
		}
	}

	/**
	 * A command failed: skip Redis for the retry period, log once per outage, tell the
	 * listeners.
	 */
	void failed(String what, RuntimeException ex) {
		this.retryAt = System.nanoTime() + this.retry.toNanos();
		if (!this.down) {
			this.down = true;
			log.warn("Redis failed ({}); reports skip Redis for {} at a time until it answers: {}", what, this.retry,
					ex.toString());
		}
		this.failureListeners.forEach(Runnable::run);
	}

	/**
	 * A command succeeded (ends a logged outage).
	 */
	void succeeded() {
		if (this.down) {
			this.down = false;
			log.info("Redis answers again; reports use it");
		}
	}

	private boolean skipping() {
		long at = this.retryAt;
		return at != 0 && System.nanoTime() - at < 0;
	}

	private synchronized void close() {
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

}

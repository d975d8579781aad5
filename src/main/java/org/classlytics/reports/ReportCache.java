package org.classlytics.reports;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The computed reports, keyed by everything that shapes them, the viewer included, in two
 * levels: Caffeine in process, and Redis ({@link ReportsRedis}) shared by every instance
 * when {@code spring.data.redis.host} is set. Each entry is indexed under the people it
 * depends on (its students, teachers and viewer) and its school, so that a change to a
 * source record evicts exactly the entries that show it ({@link ReportCacheEvictions}).
 * The permission check and the audit entry stay outside: a hit is checked and audited
 * like a miss.
 *
 * <p>
 * With Redis, Redis is the truth: an entry is stored there with a random stamp, and a
 * local copy is served only while Redis still holds that stamp (one {@code GETRANGE}), so
 * an eviction on any instance reaches every instance at once. The index sets and a global
 * eviction counter live in Redis too; storing (checked against the counter read before
 * the report was computed) and evicting are Lua scripts, so a report computed while an
 * eviction ran anywhere is returned but not stored.
 *
 * <p>
 * When Redis fails it is skipped for a while ({@link ReportsRedis#RETRY} by default): the
 * stamped local copies are dropped (nothing can vouch for them), reports are served from
 * local entries made meanwhile or from the database, and the evictions made meanwhile are
 * replayed in Redis before it is used again, so no stale report survives the outage.
 */
@Component
class ReportCache {

	/**
	 * What a cached report is: its kind, the school, the viewer and its parameters (days
	 * already resolved).
	 */
	record Key(String kind, long schoolId, long viewerId, List<Object> parameters) {

		String name() {
			return this.kind + ":" + this.schoolId + ":" + this.viewerId + ":"
					+ this.parameters.stream().map(String::valueOf).collect(Collectors.joining(","));
		}

		/**
		 * Whether this is a viewer's reach ({@link #reach}) rather than a report: evicted
		 * with the reports but not counted as one.
		 */
		boolean isReach() {
			return this.kind.startsWith(REACH_PREFIX);
		}

	}

	/**
	 * A local entry; {@code stamp} is the Redis entry's stamp, null for an entry made
	 * while Redis was not in use.
	 */
	private record Entry(Object value, Set<Long> people, String stamp) {

	}

	private static final Logger log = LoggerFactory.getLogger(ReportCache.class);

	private static final int STAMP_LENGTH = 36;

	/**
	 * The start of the kind of a reach entry.
	 */
	static final String REACH_PREFIX = "reach:";

	private static final String STORE = """
			if (redis.call('GET', KEYS[1]) or '0') ~= ARGV[1] then return 0 end
			redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3])
			for i = 3, #KEYS do
			  redis.call('SADD', KEYS[i], KEYS[2])
			  redis.call('PEXPIRE', KEYS[i], ARGV[3])
			end
			return 1""";

	private static final String EVICT = """
			redis.call('INCR', KEYS[1])
			local evicted = {}
			for i = 2, #KEYS do
			  for _, entry in ipairs(redis.call('SMEMBERS', KEYS[i])) do
			    if redis.call('DEL', entry) == 1 then table.insert(evicted, entry) end
			  end
			  redis.call('DEL', KEYS[i])
			end
			return evicted""";

	/**
	 * How reports are written to Redis (their records as they are, camel case).
	 */
	static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final Cache<Key, Entry> cache;

	private final Map<Long, Set<Key>> byPerson = new ConcurrentHashMap<>();

	private final AtomicLong evictions = new AtomicLong();

	private final ReportsRedis redis;

	private final Duration ttl;

	private final Set<Long> pendingPeople = ConcurrentHashMap.newKeySet();

	private final Set<Long> pendingSchools = ConcurrentHashMap.newKeySet();

	/**
	 * Names this instance's reach stamps in Redis.
	 */
	private final String instance = UUID.randomUUID().toString();

	ReportCache(@Value("${classlytics.reports.cache.max-entries:10000}") long maxEntries,
			@Value("${classlytics.reports.cache.ttl:10m}") Duration ttl, ReportsRedis redis) {
		this.cache = Caffeine.newBuilder()
			.maximumSize(maxEntries)
			.expireAfterWrite(ttl)
			.removalListener((Key key, Entry entry, com.github.benmanes.caffeine.cache.RemovalCause cause) -> {
				if (key != null && entry != null && cause.wasEvicted()) {
					unindex(key, entry.people());
				}
			})
			.build();
		this.ttl = ttl;
		this.redis = redis;
		redis.onFailure(this::dropStamped);
	}

	/**
	 * The cached report, or a freshly computed one (stored unless an eviction ran
	 * meanwhile).
	 * @param people the ids of the people the report depends on
	 */
	<T> T get(Key key, Class<T> type, Supplier<T> compute, Function<T, Collection<Long>> people) {
		return lookup(key, this.redis.key("reports:entry:" + key.name()), type, compute, people);
	}

	/**
	 * A viewer's reach for a report: what the roster and the access policy answered (the
	 * class, the student, the school), kept in process under the same index and evicted
	 * by the same events as the reports, so that a cached report is served with no SQL at
	 * all. With Redis only a stamp is stored there (under the same people and school
	 * sets) and the local copy is served while Redis still holds it, exactly like a
	 * report's local copy: an eviction on any instance reaches it. A failure (refused,
	 * not found) is thrown by {@code compute} and never cached.
	 * @param people the ids of the people the reach depends on
	 */
	<T> T reach(Key key, Supplier<T> compute, Function<T, Collection<Long>> people) {
		// A stamp of this instance's own: instances do not overwrite each other's.
		return lookup(key, this.redis.key("reports:entry:" + key.name() + ":" + this.instance), null, compute, people);
	}

	/**
	 * The local copy while Redis vouches for it, else (for a report, {@code type} given)
	 * the shared copy in Redis, else a computed value, stored unless an eviction ran
	 * meanwhile; for a reach ({@code type} null) only the stamp goes to Redis.
	 */
	@SuppressWarnings("unchecked")
	private <T> T lookup(Key key, String name, Class<T> type, Supplier<T> compute,
			Function<T, Collection<Long>> people) {
		RedisCommands<String, byte[]> commands = commands();
		Entry hit = this.cache.getIfPresent(key);
		if (commands == null) {
			if (hit != null && hit.stamp() == null) {
				return (T) hit.value();
			}
			return computeLocally(key, compute, people, null);
		}
		if (hit != null && hit.stamp() != null && hit.stamp().equals(stampIn(commands, name))) {
			return (T) hit.value();
		}
		if (hit != null) {
			remove(key);
		}
		byte[] stored = (type != null) ? read(commands, name) : null;
		T cached = (stored != null) ? parse(stored, type) : null;
		if (cached != null) {
			remember(key, cached, people.apply(cached), new String(stored, 0, STAMP_LENGTH, StandardCharsets.UTF_8),
					this.evictions.get());
			return cached;
		}
		String generation = generation(commands);
		if (generation == null) {
			return computeLocally(key, compute, people, null);
		}
		long localGeneration = this.evictions.get();
		T value = compute.get();
		Set<Long> dependsOn = Set.copyOf(people.apply(value));
		String stamp = UUID.randomUUID().toString();
		byte[] body = (type != null) ? JSON.writeValueAsBytes(value) : new byte[0];
		if (store(commands, key, name, generation, stamp, body, dependsOn)) {
			remember(key, value, dependsOn, stamp, localGeneration);
		}
		return value;
	}

	/**
	 * Evicts the entries that depend on any of these people, on both levels.
	 * @return how many report entries were evicted (reaches not counted)
	 */
	int evictPeople(Collection<Long> ids) {
		this.evictions.incrementAndGet();
		Set<String> evicted = new HashSet<>();
		for (Long id : ids) {
			Set<Key> keys = this.byPerson.remove(id);
			if (keys != null) {
				for (Key key : keys) {
					if (remove(key) && !key.isReach()) {
						evicted.add(this.redis.key("reports:entry:" + key.name()));
					}
				}
			}
		}
		if (this.redis.configured()) {
			this.pendingPeople.addAll(ids);
			evicted.addAll(replay());
		}
		return evicted.size();
	}

	/**
	 * Evicts every entry of a school (a change that may show in any of its reports), on
	 * both levels.
	 * @return how many report entries were evicted (reaches not counted)
	 */
	int evictSchool(long schoolId) {
		this.evictions.incrementAndGet();
		Set<String> evicted = new HashSet<>();
		for (Key key : List.copyOf(this.cache.asMap().keySet())) {
			if (key.schoolId() == schoolId && remove(key) && !key.isReach()) {
				evicted.add(this.redis.key("reports:entry:" + key.name()));
			}
		}
		if (this.redis.configured()) {
			this.pendingSchools.add(schoolId);
			evicted.addAll(replay());
		}
		return evicted.size();
	}

	private <T> T computeLocally(Key key, Supplier<T> compute, Function<T, Collection<Long>> people, String stamp) {
		long generation = this.evictions.get();
		T value = compute.get();
		remember(key, value, people.apply(value), stamp, generation);
		return value;
	}

	/**
	 * Keeps a local entry unless a local eviction ran since {@code generation}. The entry
	 * is stored before it is indexed: an eviction that removed an older copy of the same
	 * key unindexes it only while no entry is stored under the key ({@link #unindex}), so
	 * it cannot take the index of this newer copy away. An eviction that runs between the
	 * store and the index moves the generation, and the entry is dropped again.
	 */
	private void remember(Key key, Object value, Collection<Long> people, String stamp, long generation) {
		if (this.evictions.get() != generation) {
			return;
		}
		Set<Long> dependsOn = Set.copyOf(people);
		this.cache.put(key, new Entry(value, dependsOn, stamp));
		for (Long id : dependsOn) {
			// Added inside compute, atomically with unindex's removal of an emptied set:
			// added after computeIfAbsent had returned, the key could land in a set that
			// a concurrent unindex had just dropped from the map, and the entry would be
			// kept with no index under this person, never evicted by their changes.
			this.byPerson.compute(id, (k, keys) -> {
				Set<Key> indexed = (keys != null) ? keys : ConcurrentHashMap.newKeySet();
				indexed.add(key);
				return indexed;
			});
		}
		if (this.evictions.get() != generation) {
			this.cache.invalidate(key);
		}
	}

	private boolean remove(Key key) {
		Entry entry = this.cache.asMap().remove(key);
		if (entry != null) {
			unindex(key, entry.people());
		}
		return entry != null;
	}

	/**
	 * Takes a removed entry's key out of its people's index, unless a newer entry was
	 * stored under the key since (a reader computing it again while the eviction ran):
	 * that one's index must stay. Checked inside the person's compute, which a newer
	 * entry's indexing waits for.
	 */
	private void unindex(Key key, Set<Long> people) {
		for (Long id : people) {
			this.byPerson.computeIfPresent(id, (k, keys) -> {
				if (!this.cache.asMap().containsKey(key)) {
					keys.remove(key);
				}
				return keys.isEmpty() ? null : keys;
			});
		}
	}

	/**
	 * Drops the local copies Redis vouched for: after a failure nothing tells whether
	 * another instance evicted them.
	 */
	private void dropStamped() {
		for (Map.Entry<Key, Entry> entry : List.copyOf(this.cache.asMap().entrySet())) {
			if (entry.getValue().stamp() != null) {
				remove(entry.getKey());
			}
		}
	}

	// Redis: every call below reports a failure to ReportsRedis and answers as if Redis
	// were not there.

	/**
	 * The commands, once the evictions made while Redis was away are replayed; null when
	 * Redis is not in use.
	 */
	private RedisCommands<String, byte[]> commands() {
		StatefulRedisConnection<String, byte[]> connection = this.redis.connection();
		if (connection == null) {
			return null;
		}
		if ((!this.pendingPeople.isEmpty() || !this.pendingSchools.isEmpty()) && this.redis.connection() != null) {
			replay();
		}
		return (this.redis.connection() != null) ? connection.sync() : null;
	}

	/**
	 * Evicts the pending people and schools in Redis.
	 * @return the Redis report entries evicted (reaches left out), empty when Redis is
	 * not in use
	 */
	private List<String> replay() {
		StatefulRedisConnection<String, byte[]> connection = this.redis.connection();
		if (connection == null) {
			return List.of();
		}
		List<Long> people = List.copyOf(this.pendingPeople);
		List<Long> schools = List.copyOf(this.pendingSchools);
		if (people.isEmpty() && schools.isEmpty()) {
			return List.of();
		}
		List<String> keys = new ArrayList<>();
		keys.add(this.redis.key("reports:generation"));
		people.forEach((id) -> keys.add(this.redis.key("reports:person:" + id)));
		schools.forEach((id) -> keys.add(this.redis.key("reports:school:" + id)));
		try {
			List<byte[]> evicted = connection.sync().eval(EVICT, ScriptOutputType.MULTI, keys.toArray(String[]::new));
			people.forEach(this.pendingPeople::remove);
			schools.forEach(this.pendingSchools::remove);
			this.redis.succeeded();
			String reaches = this.redis.key("reports:entry:" + REACH_PREFIX);
			return evicted.stream()
				.map((entry) -> new String(entry, StandardCharsets.UTF_8))
				.filter((entry) -> !entry.startsWith(reaches))
				.toList();
		}
		catch (RuntimeException ex) {
			this.redis.failed("report cache eviction", ex);
			return List.of();
		}
	}

	/**
	 * The report of a Redis entry, or null (a miss) when it cannot be read back, as after
	 * a change of the report's shape between versions.
	 */
	private static <T> T parse(byte[] stored, Class<T> type) {
		try {
			return JSON.readValue(stored, STAMP_LENGTH, stored.length - STAMP_LENGTH, type);
		}
		catch (JacksonException ex) {
			log.warn("Unreadable cached {} in Redis, computing it again: {}", type.getSimpleName(), ex.toString());
			return null;
		}
	}

	private String stampIn(RedisCommands<String, byte[]> commands, String name) {
		try {
			byte[] stamp = commands.getrange(name, 0, STAMP_LENGTH - 1);
			this.redis.succeeded();
			return (stamp != null && stamp.length == STAMP_LENGTH) ? new String(stamp, StandardCharsets.UTF_8) : null;
		}
		catch (RuntimeException ex) {
			this.redis.failed("report cache read", ex);
			return null;
		}
	}

	private byte[] read(RedisCommands<String, byte[]> commands, String name) {
		if (this.redis.connection() == null) {
			return null;
		}
		try {
			byte[] stored = commands.get(name);
			this.redis.succeeded();
			return (stored != null && stored.length > STAMP_LENGTH) ? stored : null;
		}
		catch (RuntimeException ex) {
			this.redis.failed("report cache read", ex);
			return null;
		}
	}

	/**
	 * The Redis eviction counter, or null when Redis failed.
	 */
	private String generation(RedisCommands<String, byte[]> commands) {
		if (this.redis.connection() == null) {
			return null;
		}
		try {
			byte[] generation = commands.get(this.redis.key("reports:generation"));
			this.redis.succeeded();
			return (generation != null) ? new String(generation, StandardCharsets.UTF_8) : "0";
		}
		catch (RuntimeException ex) {
			this.redis.failed("report cache read", ex);
			return null;
		}
	}

	/**
	 * Stores the entry and indexes it under its people and school, unless the eviction
	 * counter moved since {@code generation} was read.
	 */
	private boolean store(RedisCommands<String, byte[]> commands, Key key, String name, String generation, String stamp,
			byte[] body, Set<Long> people) {
		if (this.redis.connection() == null) {
			return false;
		}
		List<String> keys = new ArrayList<>();
		keys.add(this.redis.key("reports:generation"));
		keys.add(name);
		people.forEach((id) -> keys.add(this.redis.key("reports:person:" + id)));
		keys.add(this.redis.key("reports:school:" + key.schoolId()));
		byte[] entry = new byte[STAMP_LENGTH + body.length];
		System.arraycopy(stamp.getBytes(StandardCharsets.UTF_8), 0, entry, 0, STAMP_LENGTH);
		System.arraycopy(body, 0, entry, STAMP_LENGTH, body.length);
		try {
			Long stored = commands.eval(STORE, ScriptOutputType.INTEGER, keys.toArray(String[]::new),
					generation.getBytes(StandardCharsets.UTF_8), entry,
					String.valueOf(this.ttl.toMillis()).getBytes(StandardCharsets.UTF_8));
			this.redis.succeeded();
			return stored != null && stored == 1L;
		}
		catch (RuntimeException ex) {
			this.redis.failed("report cache write", ex);
			return false;
		}
	}

}

package org.classlytics.reports;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The computed reports, in process (Caffeine), keyed by everything that shapes them, the
 * viewer included. Each entry is indexed under the people it depends on (its students,
 * teachers and viewer), so that a change to a source record evicts exactly the entries
 * that show it ({@link ReportCacheEvictions}). The permission check and the audit entry
 * stay outside: a hit is checked and audited like a miss.
 *
 * <p>
 * A report computed while an eviction ran is returned but not stored, so a read racing a
 * write never leaves a stale entry behind.
 */
@Component
class ReportCache {

	/**
	 * What a cached report is: its kind, the school, the viewer and its parameters (days
	 * already resolved).
	 */
	record Key(String kind, long schoolId, long viewerId, List<Object> parameters) {

	}

	private record Entry(Object value, Set<Long> people) {

	}

	private final Cache<Key, Entry> cache;

	private final Map<Long, Set<Key>> byPerson = new ConcurrentHashMap<>();

	private final AtomicLong evictions = new AtomicLong();

	ReportCache(@Value("${classlytics.reports.cache.max-entries:10000}") long maxEntries,
			@Value("${classlytics.reports.cache.ttl:10m}") Duration ttl) {
		this.cache = Caffeine.newBuilder()
			.maximumSize(maxEntries)
			.expireAfterWrite(ttl)
			.removalListener((Key key, Entry entry, com.github.benmanes.caffeine.cache.RemovalCause cause) -> {
				if (key != null && entry != null && cause.wasEvicted()) {
					unindex(key, entry.people());
				}
			})
			.build();
	}

	/**
	 * The cached report, or a freshly computed one (stored unless an eviction ran
	 * meanwhile).
	 * @param people the ids of the people the report depends on
	 */
	@SuppressWarnings("unchecked")
	<T> T get(Key key, Supplier<T> compute, Function<T, Collection<Long>> people) {
		Entry hit = this.cache.getIfPresent(key);
		if (hit != null) {
			return (T) hit.value();
		}
		long generation = this.evictions.get();
		T value = compute.get();
		Set<Long> dependsOn = Set.copyOf(people.apply(value));
		for (Long id : dependsOn) {
			this.byPerson.computeIfAbsent(id, (k) -> ConcurrentHashMap.newKeySet()).add(key);
		}
		if (this.evictions.get() == generation) {
			this.cache.put(key, new Entry(value, dependsOn));
			if (this.evictions.get() != generation) {
				this.cache.invalidate(key);
			}
		}
		return value;
	}

	/**
	 * Evicts the entries that depend on any of these people.
	 * @return how many entries were evicted
	 */
	int evictPeople(Collection<Long> ids) {
		this.evictions.incrementAndGet();
		int count = 0;
		for (Long id : ids) {
			Set<Key> keys = this.byPerson.remove(id);
			if (keys != null) {
				for (Key key : keys) {
					Entry entry = this.cache.asMap().remove(key);
					if (entry != null) {
						count++;
						unindex(key, entry.people());
					}
				}
			}
		}
		return count;
	}

	/**
	 * Evicts every entry of a school (a change that may show in any of its reports).
	 * @return how many entries were evicted
	 */
	int evictSchool(long schoolId) {
		this.evictions.incrementAndGet();
		int count = 0;
		for (Key key : List.copyOf(this.cache.asMap().keySet())) {
			if (key.schoolId() == schoolId) {
				Entry entry = this.cache.asMap().remove(key);
				if (entry != null) {
					count++;
					unindex(key, entry.people());
				}
			}
		}
		return count;
	}

	/**
	 * How many entries depend on this person.
	 */
	int countOf(long personId) {
		Set<Key> keys = this.byPerson.get(personId);
		return (keys != null) ? (int) keys.stream().filter((k) -> this.cache.getIfPresent(k) != null).count() : 0;
	}

	private void unindex(Key key, Set<Long> people) {
		for (Long id : people) {
			this.byPerson.computeIfPresent(id, (k, keys) -> {
				keys.remove(key);
				return keys.isEmpty() ? null : keys;
			});
		}
	}

}

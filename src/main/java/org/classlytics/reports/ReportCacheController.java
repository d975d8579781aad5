package org.classlytics.reports;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import org.classlytics.roster.AccessPolicy;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Role;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reports/cache")
class ReportCacheController {

	private final ReportCache cache;

	private final AccessPolicy policy;

	ReportCacheController(ReportCache cache, AccessPolicy policy) {
		this.cache = cache;
		this.policy = policy;
	}

	@DeleteMapping("/{studentId}")
	@Operation(summary = "Evict the cached reports that show a student (admins only)", description = """
			Every cached report that depends on the student, whoever viewed it. A student outside the
			admin's school is 404.""")
	Map<String, Integer> evictStudent(Actor actor, @PathVariable long studentId) {
		this.policy.requireRole(actor, Role.ADMIN);
		this.policy.requireStudent(actor, studentId);
		return Map.of("invalidated_count", this.cache.evictPeople(java.util.List.of(studentId)));
	}

	@DeleteMapping
	@Operation(summary = "Evict every cached report of the school (admins only)")
	Map<String, Integer> evictAll(Actor actor) {
		this.policy.requireRole(actor, Role.ADMIN);
		return Map.of("invalidated_count", this.cache.evictSchool(actor.schoolId()));
	}

}

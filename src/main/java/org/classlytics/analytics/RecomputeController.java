package org.classlytics.analytics;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import org.classlytics.platform.InvalidInputException;
import org.classlytics.roster.AccessPolicy;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Role;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RecomputeController {

	private final Recompute recompute;

	private final AccessPolicy policy;

	RecomputeController(Recompute recompute, AccessPolicy policy) {
		this.recompute = recompute;
		this.policy = policy;
	}

	@PostMapping("/api/admin/analytics/recompute")
	@Operation(summary = "Rebuild the caller's school's analytics from the sources", description = """
			Admins only. Rebuilds the facts from coursework and attendance and every derived record
			(weeks overlapping from..to, days in it, terms, teacher weeks, ranks), optionally for one
			student. Counts are over facts and derived records; mismatches counts stored records that
			differed from the rebuild. With dry_run nothing changes.""")
	Recompute.Result recompute(Actor actor, @RequestBody(required = false) RecomputeBody body) {
		this.policy.requireRole(actor, Role.ADMIN);
		RecomputeBody request = (body != null) ? body : new RecomputeBody(null, null, null, null);
		if (request.from() != null && request.to() != null && request.to().isBefore(request.from())) {
			throw InvalidInputException.field("to", "must not be before from");
		}
		if (request.studentId() != null) {
			this.policy.requireStudent(actor, request.studentId());
		}
		return this.recompute.run(actor.schoolId(), new Recompute.Request(request.from(), request.to(),
				request.studentId(), Boolean.TRUE.equals(request.dryRun())), null);
	}

	record RecomputeBody(LocalDate from, LocalDate to, Long studentId, Boolean dryRun) {

	}

}

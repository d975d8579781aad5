package org.classlytics.audit;

import org.classlytics.platform.PageQuery;
import org.classlytics.platform.Paged;
import org.classlytics.roster.Actor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail of the caller's school, for admins: {@code ?student_id=&from=&to=},
 * where from and to are school-local dates (whole days) or RFC 3339 instants.
 */
@RestController
@RequestMapping("/api/admin/audit")
class AuditController {

	private final AuditLog log;

	AuditController(AuditLog log) {
		this.log = log;
	}

	@GetMapping
	Paged<AuditEntry> list(Actor actor, @RequestParam(name = "student_id", required = false) Long studentId,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, PageQuery page) {
		return this.log.entries(actor, studentId, from, to, page);
	}

}

package org.classlytics.coursework;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.classlytics.platform.NotFoundException;
import org.classlytics.platform.PageQuery;
import org.classlytics.platform.Paged;
import org.classlytics.roster.Actor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assignments a caller may see: an admin the school's, a teacher their own, others
 * those assigned to a student in their reach.
 */
@Component
@Transactional(readOnly = true)
class AssignmentQueries {

	private final Facts facts;

	private final Listing listing;

	private final Readers readers;

	AssignmentQueries(Facts facts, Listing listing, Readers readers) {
		this.facts = facts;
		this.listing = listing;
		this.readers = readers;
	}

	Visible<AssignmentFacts> get(Actor actor, long assignmentId) {
		Reach reach = this.readers.reachOf(actor);
		return this.facts.assignment(assignmentId)
			.filter((assignment) -> assignment.schoolId() == actor.schoolId())
			.filter((assignment) -> reach.admin() || reach.teacher() && assignment.teacherId() == actor.userId()
					|| !reach.teacher() && assignment.studentIds().stream().anyMatch(reach.scope()::contains))
			.map((assignment) -> new Visible<>(assignment, reach))
			.orElseThrow(() -> NotFoundException.of("Assignment", assignmentId));
	}

	Paged<Visible<AssignmentFacts>> list(Actor actor, AssignmentFilter filter, PageQuery page) {
		Reach reach = this.readers.reachOf(actor);
		if (reach.reachesNobody()) {
			return new Paged<>(0, List.of());
		}
		String where = """
				a.school_id = :school AND (%s)
				AND (CAST(:teacher AS BIGINT) IS NULL OR a.teacher_id = :teacher)
				AND (CAST(:subject AS BIGINT) IS NULL OR a.subject_id = :subject)
				AND (CAST(:student AS BIGINT) IS NULL OR EXISTS (SELECT 1 FROM assignment_students f
				     WHERE f.assignment_id = a.id AND f.student_id = :student))""".formatted(condition(reach));
		Map<String, Object> params = new HashMap<>();
		params.put("school", actor.schoolId());
		params.put("me", actor.userId());
		params.put("students", reach.studentParam());
		params.put("teacher", filter.teacherId());
		params.put("subject", filter.subjectId());
		params.put("student", filter.studentId());
		long count = this.listing.count("assignments a", where, params);
		params.put("limit", page.limit());
		params.put("offset", page.offset());
		List<AssignmentFacts> results = this.facts
			.assignments(where + " ORDER BY a.due_at, a.id LIMIT :limit OFFSET :offset", params);
		return new Paged<>(count, results.stream().map((assignment) -> new Visible<>(assignment, reach)).toList());
	}

	private static String condition(Reach reach) {
		if (reach.admin()) {
			return "TRUE";
		}
		if (reach.teacher()) {
			return "a.teacher_id = :me";
		}
		return "EXISTS (SELECT 1 FROM assignment_students r WHERE r.assignment_id = a.id AND r.student_id IN (:students))";
	}

	record AssignmentFilter(Long teacherId, Long subjectId, Long studentId) {

	}

}

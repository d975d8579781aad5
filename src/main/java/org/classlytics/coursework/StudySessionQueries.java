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
 * The study sessions a caller may see: those of the students in their reach (for a
 * teacher, their students', whichever teacher the time counts for).
 */
@Component
@Transactional(readOnly = true)
class StudySessionQueries {

	private final Facts facts;

	private final Listing listing;

	private final Readers readers;

	StudySessionQueries(Facts facts, Listing listing, Readers readers) {
		this.facts = facts;
		this.listing = listing;
		this.readers = readers;
	}

	StudySessionFacts get(Actor actor, long sessionId) {
		Reach reach = this.readers.reachOf(actor);
		return this.facts.studySession(sessionId)
			.filter((session) -> session.schoolId() == actor.schoolId())
			.filter((session) -> reach.scope().contains(session.studentId()))
			.orElseThrow(() -> NotFoundException.of("Study session", sessionId));
	}

	Paged<StudySessionFacts> list(Actor actor, Long studentId, Long subjectId, Long materialId, PageQuery page) {
		Reach reach = this.readers.reachOf(actor);
		if (reach.reachesNobody()) {
			return new Paged<>(0, List.of());
		}
		String where = """
				ss.school_id = :school AND (%s)
				AND (CAST(:student AS BIGINT) IS NULL OR ss.student_id = :student)
				AND (CAST(:subject AS BIGINT) IS NULL OR ss.subject_id = :subject)
				AND (CAST(:material AS BIGINT) IS NULL OR ss.material_id = :material)"""
			.formatted(reach.admin() ? "TRUE" : "ss.student_id IN (:students)");
		Map<String, Object> params = new HashMap<>();
		params.put("school", actor.schoolId());
		params.put("students", reach.studentParam());
		params.put("student", studentId);
		params.put("subject", subjectId);
		params.put("material", materialId);
		return this.listing.page(CourseworkRows.STUDY_SESSION, "study_sessions ss", where, "ss.started_at, ss.id",
				params, page, CourseworkRows::studySession);
	}

}

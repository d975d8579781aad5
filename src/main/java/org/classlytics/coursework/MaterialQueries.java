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
 * The materials and progress a caller may see: an admin the school's, a teacher their own
 * materials, others the materials assigned to (and the progress of) the students in their
 * reach.
 */
@Component
@Transactional(readOnly = true)
class MaterialQueries {

	private final Facts facts;

	private final Listing listing;

	private final Readers readers;

	MaterialQueries(Facts facts, Listing listing, Readers readers) {
		this.facts = facts;
		this.listing = listing;
		this.readers = readers;
	}

	Visible<MaterialFacts> get(Actor actor, long materialId) {
		Reach reach = this.readers.reachOf(actor);
		return this.facts.material(materialId)
			.filter((material) -> material.schoolId() == actor.schoolId())
			.filter((material) -> reach.admin() || reach.teacher() && material.teacherId() == actor.userId()
					|| !reach.teacher() && material.studentIds().stream().anyMatch(reach.scope()::contains))
			.map((material) -> new Visible<>(material, reach))
			.orElseThrow(() -> NotFoundException.of("Material", materialId));
	}

	Paged<Visible<MaterialFacts>> list(Actor actor, Long teacherId, Long subjectId, Long studentId, PageQuery page) {
		Reach reach = this.readers.reachOf(actor);
		if (reach.reachesNobody()) {
			return new Paged<>(0, List.of());
		}
		String condition = reach.admin() ? "TRUE" : reach.teacher() ? "m.teacher_id = :me"
				: "EXISTS (SELECT 1 FROM material_students r WHERE r.material_id = m.id AND r.student_id IN (:students))";
		String where = """
				m.school_id = :school AND (%s)
				AND (CAST(:teacher AS BIGINT) IS NULL OR m.teacher_id = :teacher)
				AND (CAST(:subject AS BIGINT) IS NULL OR m.subject_id = :subject)
				AND (CAST(:student AS BIGINT) IS NULL OR EXISTS (SELECT 1 FROM material_students f
				     WHERE f.material_id = m.id AND f.student_id = :student))""".formatted(condition);
		Map<String, Object> params = new HashMap<>();
		params.put("school", actor.schoolId());
		params.put("me", actor.userId());
		params.put("students", reach.studentParam());
		params.put("teacher", teacherId);
		params.put("subject", subjectId);
		params.put("student", studentId);
		long count = this.listing.count("materials m", where, params);
		params.put("limit", page.limit());
		params.put("offset", page.offset());
		List<MaterialFacts> results = this.facts
			.materials(where + " ORDER BY m.created_at, m.id LIMIT :limit OFFSET :offset", params);
		return new Paged<>(count, results.stream().map((material) -> new Visible<>(material, reach)).toList());
	}

	/**
	 * The progress on a material the caller sees: every student's for an admin and the
	 * material's teacher, else that of the students in reach.
	 */
	Paged<MaterialProgressFacts> progress(Actor actor, long materialId, Long studentId, PageQuery page) {
		MaterialFacts material = get(actor, materialId).item();
		Reach reach = this.readers.reachOf(actor);
		boolean all = reach.admin() || reach.teacher() && material.teacherId() == actor.userId();
		String where = """
				p.material_id = :material AND (%s)
				AND (CAST(:student AS BIGINT) IS NULL OR p.student_id = :student)"""
			.formatted(all ? "TRUE" : "p.student_id IN (:students)");
		Map<String, Object> params = new HashMap<>();
		params.put("material", materialId);
		params.put("students", reach.studentParam());
		params.put("student", studentId);
		return this.listing.page(CourseworkRows.PROGRESS,
				"material_progress p JOIN materials m ON m.id = p.material_id", where, "p.student_id", params, page,
				CourseworkRows::progress);
	}

}

package org.classlytics.coursework;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.classlytics.platform.ConflictException;
import org.classlytics.platform.FieldProblem;
import org.classlytics.platform.InvalidInputException;
import org.classlytics.platform.NotFoundException;
import org.classlytics.roster.AccessPolicy;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Materials and the progress students make through them. A teacher writes their own
 * materials for their own students; a student records their own progress on a material
 * assigned to them.
 */
@Service
@Transactional
class MaterialService {

	private final MaterialRepository materials;

	private final MaterialProgressRepository progress;

	private final Participants participants;

	private final AccessPolicy access;

	private final Facts facts;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MaterialTotals totals;

	MaterialService(MaterialRepository materials, MaterialProgressRepository progress, Participants participants,
			AccessPolicy access, Facts facts, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
			MaterialTotals totals) {
		this.totals = totals;
		this.materials = materials;
		this.progress = progress;
		this.participants = participants;
		this.access = access;
		this.facts = facts;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	MaterialFacts create(Actor actor, NewMaterial request) {
		this.access.requireRole(actor, Role.ADMIN, Role.TEACHER);
		List<FieldProblem> problems = new ArrayList<>();
		Long teacherId = this.participants.teacherFor(actor, request.teacherId(), problems);
		this.participants.checkSubject(actor.schoolId(), request.subjectId(), problems);
		Set<Long> students = this.participants.assignees(actor, teacherId, request.studentIds(), request.classId(),
				problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		MaterialEntity material = MaterialEntity.create(actor.schoolId(), teacherId, request.subjectId(),
				request.title(), Scores.instantOrNow(request.createdAt(), this.clock), students);
		long id = this.materials.save(material).id();
		MaterialFacts created = this.facts.material(id).orElseThrow();
		this.totals.refresh(created.schoolId(), created.teacherId(), created.subjectId(), created.studentIds());
		this.events.publishEvent(new MaterialAssigned(created));
		return created;
	}

	/**
	 * Students with recorded progress cannot be taken off the material.
	 */
	MaterialFacts update(Actor actor, long materialId, String title, Set<Long> studentIds) {
		this.access.requireRole(actor, Role.ADMIN, Role.TEACHER);
		MaterialEntity material = loadWritable(actor, materialId);
		MaterialFacts previous = this.facts.material(materialId).orElseThrow();
		if (studentIds != null) {
			Set<Long> added = new HashSet<>(studentIds);
			added.removeAll(material.studentIds());
			List<FieldProblem> problems = new ArrayList<>();
			this.participants.listed(actor, added, problems);
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			Set<Long> removed = new HashSet<>(material.studentIds());
			removed.removeAll(studentIds);
			requireNoProgressOf(materialId, removed);
			material.assign(studentIds);
		}
		if (title != null) {
			material.retitle(title);
		}
		this.materials.save(material);
		MaterialFacts changed = this.facts.material(materialId).orElseThrow();
		if (!changed.studentIds().equals(previous.studentIds())) {
			Set<Long> affected = new HashSet<>(previous.studentIds());
			affected.addAll(changed.studentIds());
			this.totals.refresh(changed.schoolId(), changed.teacherId(), changed.subjectId(), affected);
		}
		if (!changed.equals(previous)) {
			this.events.publishEvent(new MaterialChanged(changed, previous));
		}
		return changed;
	}

	/**
	 * Deletes the material and its progress rows (listed in {@link MaterialDeleted}). A
	 * material that study sessions name stays: that time was really spent.
	 */
	void delete(Actor actor, long materialId) {
		this.access.requireRole(actor, Role.ADMIN, Role.TEACHER);
		MaterialEntity material = loadWritable(actor, materialId);
		long sessions = this.jdbc.sql("SELECT COUNT(*) FROM study_sessions WHERE material_id = ?")
			.param(materialId)
			.query(Long.class)
			.single();
		if (sessions > 0) {
			throw new ConflictException("Material " + materialId + " is named by " + sessions
					+ " study session(s); delete them before the material");
		}
		MaterialFacts deleted = this.facts.material(materialId).orElseThrow();
		List<MaterialProgressFacts> progressRows = this.facts.progressOf(materialId);
		this.jdbc.sql("DELETE FROM material_progress WHERE material_id = ?").param(materialId).update();
		this.materials.delete(material);
		this.totals.refresh(deleted.schoolId(), deleted.teacherId(), deleted.subjectId(), deleted.studentIds());
		this.events.publishEvent(new MaterialDeleted(deleted, progressRows));
	}

	/**
	 * Records a student's progress, replacing the earlier one. A student reaches every
	 * material of their school here, so that recording on one not assigned to them names
	 * the rule they broke.
	 */
	MaterialProgressFacts recordProgress(Actor actor, long materialId, long studentId, BigDecimal percent,
			Instant completedAt) {
		this.access.requireRole(actor, Role.ADMIN, Role.TEACHER, Role.STUDENT);
		MaterialEntity material = this.materials.findById(materialId)
			.filter((m) -> m.schoolId() == actor.schoolId())
			.filter((m) -> actor.role() != Role.TEACHER || m.teacherId() == actor.userId())
			.orElseThrow(() -> NotFoundException.of("Material", materialId));
		List<FieldProblem> problems = new ArrayList<>();
		this.participants.checkRecordable(actor, studentId, problems);
		if (problems.isEmpty() && !material.isAssigned(studentId)) {
			problems.add(new FieldProblem("student_id",
					"student " + studentId + " is not assigned to material " + materialId));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Optional<MaterialProgressEntity> existing = this.progress.findByMaterialIdAndStudentId(materialId, studentId);
		MaterialProgressFacts previous = existing.flatMap((p) -> this.facts.progress(p.id())).orElse(null);
		MaterialProgressEntity row = existing.orElseGet(() -> MaterialProgressEntity.begin(material, studentId));
		row.record(percent, completedAt, this.clock.instant());
		long id = this.progress.save(row).id();
		MaterialProgressFacts recorded = this.facts.progress(id).orElseThrow();
		this.totals.refresh(recorded.schoolId(), recorded.teacherId(), recorded.subjectId(),
				List.of(recorded.studentId()));
		this.events.publishEvent(new MaterialProgressRecorded(recorded, previous));
		return recorded;
	}

	private MaterialEntity loadWritable(Actor actor, long materialId) {
		return this.materials.findById(materialId)
			.filter((material) -> material.schoolId() == actor.schoolId())
			.filter((material) -> actor.isAdmin() || material.teacherId() == actor.userId())
			.orElseThrow(() -> NotFoundException.of("Material", materialId));
	}

	private void requireNoProgressOf(long materialId, Set<Long> studentIds) {
		if (studentIds.isEmpty()) {
			return;
		}
		List<Long> recorded = this.jdbc.sql("""
				SELECT student_id FROM material_progress WHERE material_id = :material AND student_id IN (:students)
				ORDER BY student_id""")
			.param("material", materialId)
			.param("students", List.copyOf(studentIds))
			.query(Long.class)
			.list();
		if (!recorded.isEmpty()) {
			throw new ConflictException("Students " + recorded + " have progress on material " + materialId
					+ "; they cannot be taken off it");
		}
	}

	record NewMaterial(Long teacherId, long subjectId, String title, Instant createdAt, Set<Long> studentIds,
			Long classId) {

	}

}

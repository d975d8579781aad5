package org.classlytics.coursework;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An assignment and the students it is assigned to. Its submissions are aggregates of
 * their own.
 */
@Table("assignments")
class AssignmentEntity {

	@Id
	private Long id;

	private final long schoolId;

	private final long teacherId;

	private final long subjectId;

	private String title;

	private final Instant createdAt;

	private Instant dueAt;

	private BigDecimal maxScore;

	@MappedCollection(idColumn = "assignment_id")
	private Set<AssignedStudent> students;

	@PersistenceCreator
	AssignmentEntity(Long id, long schoolId, long teacherId, long subjectId, String title, Instant createdAt,
			Instant dueAt, BigDecimal maxScore, Set<AssignedStudent> students) {
		this.id = id;
		this.schoolId = schoolId;
		this.teacherId = teacherId;
		this.subjectId = subjectId;
		this.title = title;
		this.createdAt = createdAt;
		this.dueAt = dueAt;
		this.maxScore = maxScore;
		this.students = (students != null) ? new LinkedHashSet<>(students) : new LinkedHashSet<>();
	}

	static AssignmentEntity create(long schoolId, long teacherId, long subjectId, String title, Instant createdAt,
			Instant dueAt, BigDecimal maxScore, Set<Long> studentIds) {
		AssignmentEntity assignment = new AssignmentEntity(null, schoolId, teacherId, subjectId, Titles.require(title),
				Scores.truncate(createdAt), Scores.truncate(dueAt), Scores.requireMaxScore(maxScore), Set.of());
		assignment.assign(studentIds);
		return assignment;
	}

	void retitle(String title) {
		this.title = Titles.require(title);
	}

	/**
	 * Moves the due instant; the caller recomputes the late flag of the submissions.
	 */
	void reschedule(Instant dueAt) {
		this.dueAt = Scores.truncate(dueAt);
	}

	void rescore(BigDecimal maxScore) {
		this.maxScore = Scores.requireMaxScore(maxScore);
	}

	void assign(Set<Long> studentIds) {
		this.students.clear();
		new TreeSet<>(studentIds)
			.forEach((studentId) -> this.students.add(new AssignedStudent(studentId, this.schoolId)));
	}

	boolean isLate(Instant submittedAt) {
		return submittedAt.isAfter(this.dueAt);
	}

	boolean isAssigned(long studentId) {
		return studentIds().contains(studentId);
	}

	Long id() {
		return this.id;
	}

	long schoolId() {
		return this.schoolId;
	}

	long teacherId() {
		return this.teacherId;
	}

	Instant dueAt() {
		return this.dueAt;
	}

	BigDecimal maxScore() {
		return this.maxScore;
	}

	Set<Long> studentIds() {
		return this.students.stream().map(AssignedStudent::studentId).collect(Collectors.toSet());
	}

}

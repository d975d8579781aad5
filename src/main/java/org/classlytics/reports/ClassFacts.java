package org.classlytics.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import org.classlytics.attendance.AttendanceTally;
import org.classlytics.coursework.AssignmentDue;
import org.classlytics.coursework.MaterialTotal;
import org.classlytics.coursework.StudyTime;
import org.classlytics.coursework.SubmissionFacts;
import org.classlytics.messaging.ChatActivity;
import org.classlytics.roster.Person;

/**
 * Everything a teacher's weekly report needs about a class, read with one set-based query
 * per kind of record and grouped here by student once, so that a student's line reads
 * only their own rows (the cost stays linear in the class's size). Coursework rows are
 * already scoped to the teacher (and subject); {@link #inputs} narrows them to one
 * student and optionally one subject.
 *
 * @param from the first instant of the week in the school's zone
 * @param to the first instant after the week
 */
record ClassFacts(Map<Long, Person> students, Map<Long, List<AssignmentDue>> due,
		Map<Long, List<SubmissionFacts>> submissions, Map<Long, List<MaterialTotal>> materials,
		Map<Long, List<StudyTime>> studyTime, Map<Long, AttendanceTally> attendance, Map<Long, ChatActivity> chat,
		Instant from, Instant to) {

	static ClassFacts of(Map<Long, Person> students, List<AssignmentDue> due, List<SubmissionFacts> submissions,
			List<MaterialTotal> materials, List<StudyTime> studyTime, List<AttendanceTally> attendance,
			Map<Long, ChatActivity> chat, Instant from, Instant to) {
		return new ClassFacts(students, byStudent(due, AssignmentDue::studentId),
				byStudent(submissions, SubmissionFacts::studentId), byStudent(materials, MaterialTotal::studentId),
				byStudent(studyTime, StudyTime::studentId),
				attendance.stream().collect(Collectors.toMap(AttendanceTally::studentId, Function.identity())), chat,
				from, to);
	}

	static ClassFacts empty(Instant from, Instant to) {
		return new ClassFacts(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), from, to);
	}

	private static <T> Map<Long, List<T>> byStudent(List<T> rows, ToLongFunction<T> studentId) {
		Map<Long, List<T>> grouped = new HashMap<>();
		for (T row : rows) {
			grouped.computeIfAbsent(studentId.applyAsLong(row), (id) -> new ArrayList<>()).add(row);
		}
		return grouped;
	}

	/**
	 * The counts of one student, over every scoped subject or only {@code subjectId}.
	 */
	StudentWeekInputs inputs(long studentId, Long subjectId) {
		Person student = this.students.get(studentId);
		int total = 0;
		int completed = 0;
		int onTime = 0;
		int late = 0;
		for (AssignmentDue item : rowsOf(this.due, studentId)) {
			if (matches(item.subjectId(), subjectId)) {
				total++;
				if (item.submitted()) {
					completed++;
					if (Boolean.TRUE.equals(item.late())) {
						late++;
					}
					else {
						onTime++;
					}
				}
			}
		}
		List<BigDecimal> percentages = new ArrayList<>();
		List<String> feedbacks = new ArrayList<>();
		for (SubmissionFacts submission : rowsOf(this.submissions, studentId)) {
			if (matches(submission.subjectId(), subjectId) && gradedInWeek(submission)) {
				percentages.add(submission.percentage());
				if (submission.feedback() != null && !submission.feedback().isBlank()) {
					feedbacks.add(submission.feedback());
				}
			}
		}
		int materialsAssigned = 0;
		int materialsCompleted = 0;
		BigDecimal progress = BigDecimal.ZERO;
		for (MaterialTotal totals : rowsOf(this.materials, studentId)) {
			if (matches(totals.subjectId(), subjectId)) {
				materialsAssigned += totals.assigned();
				materialsCompleted += totals.completed();
				progress = progress.add(totals.progressSum());
			}
		}
		AttendanceTally days = this.attendance.get(studentId);
		int attended = (days != null) ? days.attended() : 0;
		int recorded = (days != null) ? days.days() : 0;
		long seconds = 0;
		for (StudyTime time : rowsOf(this.studyTime, studentId)) {
			if (matches(time.subjectId(), subjectId)) {
				seconds += time.seconds();
			}
		}
		ChatActivity chat = this.chat.getOrDefault(studentId, ChatActivity.NONE);
		return new StudentWeekInputs(studentId, student.firstName(), student.lastName(), total, completed, onTime, late,
				percentages, feedbacks, materialsAssigned, materialsCompleted, progress, attended, recorded,
				chat.sent(), chat.received(), seconds);
	}

	/**
	 * The students with a scoped submission or study session, or a message sent, in the
	 * week, or attendance PRESENT or LATE.
	 */
	Set<Long> activeStudents() {
		Set<Long> active = new HashSet<>();
		this.submissions.forEach((id, rows) -> {
			if (rows.stream().anyMatch((s) -> within(s.submittedAt()))) {
				active.add(id);
			}
		});
		this.studyTime.forEach((id, rows) -> {
			if (rows.stream().anyMatch((t) -> t.seconds() > 0)) {
				active.add(id);
			}
		});
		this.chat.forEach((id, activity) -> {
			if (activity.sent() > 0) {
				active.add(id);
			}
		});
		this.attendance.forEach((id, days) -> {
			if (days.attended() > 0) {
				active.add(id);
			}
		});
		return active;
	}

	private static <T> List<T> rowsOf(Map<Long, List<T>> byStudent, long studentId) {
		return byStudent.getOrDefault(studentId, List.of());
	}

	private boolean gradedInWeek(SubmissionFacts submission) {
		return submission.graded() && within(submission.gradedAt());
	}

	private boolean within(Instant instant) {
		return instant != null && !instant.isBefore(this.from) && instant.isBefore(this.to);
	}

	private static boolean matches(long subjectId, Long wanted) {
		return wanted == null || wanted == subjectId;
	}

}

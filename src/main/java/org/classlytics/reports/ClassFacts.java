package org.classlytics.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.classlytics.attendance.AttendanceRecord;
import org.classlytics.attendance.AttendanceStatus;
import org.classlytics.coursework.AssignmentDue;
import org.classlytics.coursework.MaterialTotal;
import org.classlytics.coursework.StudyTime;
import org.classlytics.coursework.SubmissionFacts;
import org.classlytics.messaging.ChatActivity;
import org.classlytics.roster.Person;

/**
 * Everything a teacher's weekly report needs about a class, read with one set-based query
 * per kind of record. Coursework rows are already scoped to the teacher (and subject);
 * {@link #inputs} narrows them to one student and optionally one subject.
 *
 * @param from the first instant of the week in the school's zone
 * @param to the first instant after the week
 */
record ClassFacts(Map<Long, Person> students, List<AssignmentDue> due, List<SubmissionFacts> submissions,
		List<MaterialTotal> materials, List<StudyTime> studyTime, List<AttendanceRecord> attendance,
		Map<Long, ChatActivity> chat, Instant from, Instant to) {

	/**
	 * The counts of one student, over every scoped subject or only {@code subjectId}.
	 */
	StudentWeekInputs inputs(long studentId, Long subjectId) {
		Person student = this.students.get(studentId);
		int total = 0;
		int completed = 0;
		int onTime = 0;
		int late = 0;
		for (AssignmentDue item : this.due) {
			if (item.studentId() == studentId && matches(item.subjectId(), subjectId)) {
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
		for (SubmissionFacts submission : this.submissions) {
			if (submission.studentId() == studentId && matches(submission.subjectId(), subjectId)
					&& gradedInWeek(submission)) {
				percentages.add(submission.percentage());
				if (submission.feedback() != null && !submission.feedback().isBlank()) {
					feedbacks.add(submission.feedback());
				}
			}
		}
		int materialsAssigned = 0;
		int materialsCompleted = 0;
		BigDecimal progress = BigDecimal.ZERO;
		for (MaterialTotal totals : this.materials) {
			if (totals.studentId() == studentId && matches(totals.subjectId(), subjectId)) {
				materialsAssigned += totals.assigned();
				materialsCompleted += totals.completed();
				progress = progress.add(totals.progressSum());
			}
		}
		int attended = 0;
		int recorded = 0;
		for (AttendanceRecord record : this.attendance) {
			if (record.studentId() == studentId) {
				recorded++;
				if (record.status() == AttendanceStatus.PRESENT || record.status() == AttendanceStatus.LATE) {
					attended++;
				}
			}
		}
		long seconds = this.studyTime.stream()
			.filter((time) -> time.studentId() == studentId && matches(time.subjectId(), subjectId))
			.mapToLong(StudyTime::seconds)
			.sum();
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
		Set<Long> active = this.submissions.stream()
			.filter((s) -> within(s.submittedAt()))
			.map(SubmissionFacts::studentId)
			.collect(Collectors.toSet());
		this.studyTime.stream().filter((t) -> t.seconds() > 0).forEach((t) -> active.add(t.studentId()));
		this.chat.forEach((id, activity) -> {
			if (activity.sent() > 0) {
				active.add(id);
			}
		});
		this.attendance.stream()
			.filter((r) -> r.status() == AttendanceStatus.PRESENT || r.status() == AttendanceStatus.LATE)
			.forEach((r) -> active.add(r.studentId()));
		return active;
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

package org.classlytics.reports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.classlytics.analytics.AnalyticsRepaired;
import org.classlytics.attendance.AttendanceDeleted;
import org.classlytics.attendance.AttendanceRecorded;
import org.classlytics.coursework.AssignmentChanged;
import org.classlytics.coursework.AssignmentCreated;
import org.classlytics.coursework.AssignmentDeleted;
import org.classlytics.coursework.MaterialChanged;
import org.classlytics.coursework.MaterialDeleted;
import org.classlytics.coursework.MaterialProgressFacts;
import org.classlytics.coursework.MaterialProgressRecorded;
import org.classlytics.coursework.QuizAttemptDeleted;
import org.classlytics.coursework.QuizAttemptFacts;
import org.classlytics.coursework.QuizAttemptRecorded;
import org.classlytics.coursework.QuizChanged;
import org.classlytics.coursework.QuizDeleted;
import org.classlytics.coursework.StudySessionDeleted;
import org.classlytics.coursework.StudySessionRecorded;
import org.classlytics.coursework.SubmissionDeleted;
import org.classlytics.coursework.SubmissionGraded;
import org.classlytics.coursework.SubmissionSubmitted;
import org.classlytics.coursework.SubmissionsRecorded;
import org.classlytics.messaging.ChatRoomChanged;
import org.classlytics.messaging.ChatRoomDeleted;
import org.classlytics.messaging.MessageDeleted;
import org.classlytics.messaging.MessageSent;
import org.classlytics.roster.EnrollmentDeleted;
import org.classlytics.roster.EnrollmentSaved;
import org.classlytics.roster.GuardiansReplaced;
import org.classlytics.roster.PersonSaved;
import org.classlytics.roster.SchoolUpdated;
import org.classlytics.roster.SubjectSaved;
import org.classlytics.roster.TermDeleted;
import org.classlytics.roster.TermSaved;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Evicts the cached reports a committed change affects: the entries of the students a
 * record belongs to (and, for enrollments and people, of the teachers and viewers).
 * Changes that may show in any report of a school (its time zone, a subject's name,
 * terms, a quiz's maximum score, a chat room) evict the school's entries. The listeners
 * run after commit, so a reader never caches a state that is rolled back, and without a
 * transaction when the event is published outside one.
 */
@Component
class ReportCacheEvictions {

	private final ReportCache cache;

	ReportCacheEvictions(ReportCache cache) {
		this.cache = cache;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(SubmissionSubmitted event) {
		people(event.submission().studentId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(SubmissionGraded event) {
		people(event.submission().studentId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(SubmissionDeleted event) {
		people(event.submission().studentId());
	}

	/**
	 * An import chunk: the chunk's students, evicted once after commit.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void on(SubmissionsRecorded event) {
		this.cache.evictPeople(new HashSet<>(
				event.submissions().stream().map(org.classlytics.coursework.SubmissionFacts::studentId).toList()));
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(AssignmentCreated event) {
		assigned(event.assignment().studentIds(), null);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(AssignmentChanged event) {
		assigned(event.assignment().studentIds(), (event.previous() != null) ? event.previous().studentIds() : null);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(AssignmentDeleted event) {
		assigned(event.assignment().studentIds(), null);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(MaterialChanged event) {
		assigned(event.material().studentIds(), (event.previous() != null) ? event.previous().studentIds() : null);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(MaterialDeleted event) {
		List<Long> ids = new ArrayList<>(event.material().studentIds());
		event.progress().stream().map(MaterialProgressFacts::studentId).forEach(ids::add);
		this.cache.evictPeople(ids);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(MaterialProgressRecorded event) {
		people(event.progress().studentId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(QuizAttemptRecorded event) {
		people(event.attempt().studentId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(QuizAttemptDeleted event) {
		people(event.attempt().studentId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(QuizChanged event) {
		this.cache.evictSchool(event.quiz().schoolId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(QuizDeleted event) {
		List<Long> ids = new ArrayList<>(event.attempts().stream().map(QuizAttemptFacts::studentId).toList());
		this.cache.evictPeople(ids);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(StudySessionRecorded event) {
		people(event.session().studentId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(StudySessionDeleted event) {
		people(event.session().studentId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(AttendanceRecorded event) {
		people(event.studentId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(AttendanceDeleted event) {
		people(event.studentId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(MessageSent event) {
		message(event.senderId(), event.recipientIds());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(MessageDeleted event) {
		message(event.senderId(), event.recipientIds());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ChatRoomChanged event) {
		this.cache.evictSchool(event.room().schoolId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ChatRoomDeleted event) {
		this.cache.evictSchool(event.room().schoolId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(EnrollmentSaved event) {
		List<Long> ids = new ArrayList<>(List.of(event.enrollment().studentId(), event.enrollment().teacherId()));
		if (event.previous() != null) {
			ids.add(event.previous().studentId());
			ids.add(event.previous().teacherId());
		}
		this.cache.evictPeople(ids);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(EnrollmentDeleted event) {
		people(event.enrollment().studentId(), event.enrollment().teacherId());
	}

	/**
	 * A parent's reach: the student's entries (and so the cached reach of every guardian,
	 * old and new) go.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void on(GuardiansReplaced event) {
		List<Long> ids = new ArrayList<>(List.of(event.studentId()));
		ids.addAll(event.guardianIds());
		ids.addAll(event.previousGuardianIds());
		this.cache.evictPeople(ids);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(PersonSaved event) {
		people(event.userId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(SchoolUpdated event) {
		this.cache.evictSchool(event.schoolId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(SubjectSaved event) {
		this.cache.evictSchool(event.schoolId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(TermSaved event) {
		this.cache.evictSchool(event.schoolId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(TermDeleted event) {
		this.cache.evictSchool(event.schoolId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(AnalyticsRepaired event) {
		this.cache.evictSchool(event.schoolId());
	}

	private void people(Long... ids) {
		this.cache.evictPeople(List.of(ids));
	}

	private void assigned(Set<Long> students, Set<Long> previous) {
		Set<Long> ids = new HashSet<>(students);
		if (previous != null) {
			ids.addAll(previous);
		}
		this.cache.evictPeople(ids);
	}

	private void message(long senderId, Set<Long> recipientIds) {
		Set<Long> ids = new HashSet<>(recipientIds);
		ids.add(senderId);
		this.cache.evictPeople(ids);
	}

}

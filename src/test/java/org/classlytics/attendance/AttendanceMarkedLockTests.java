package org.classlytics.attendance;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.classlytics.platform.SqlArrays;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Person;
import org.classlytics.roster.Role;
import org.classlytics.roster.Subject;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.Release;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two requests that record attendance of the same two students (of two classes and two
 * teachers) in opposite orders. Handled a day at a time, each took the first student's
 * class and teacher, then waited for the second student's class, which the other held: a
 * deadlock, and a 500 for one of them. The locks of all the days are now taken before the
 * first day is rebuilt, in one order, so the second request waits for the first.
 */
@IntegrationTest
class AttendanceMarkedLockTests {

	private static final LocalDate MONDAY = LocalDate.of(2025, 3, 10);

	private static final LocalDate TUESDAY = LocalDate.of(2025, 3, 11);

	@Autowired
	AttendanceService attendance;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate template;

	@Autowired
	TransactionTemplate transactions;

	private final ExecutorService threads = Executors.newFixedThreadPool(3);

	@AfterEach
	void stop() {
		this.threads.shutdownNow();
	}

	@Test
	void twoRequestsOverTheSameStudentsInOppositeOrdersBothCommit() throws Exception {
		Fixtures.TestSchool school = this.fixtures.school();
		Subject subject = school.subject("Mathematics", "MATH");
		Person teacherOne = school.teacher("Una", "One");
		Person teacherTwo = school.teacher("Duo", "Two");
		Person first = school.student("Ada", "First", school.classSection("9A"), null);
		Person second = school.student("Ben", "Second", school.classSection("9B"), null);
		school.enroll(first, teacherOne, subject);
		school.enroll(second, teacherTwo, subject);
		Actor admin = new Actor(school.admin().id(), school.id(), Role.ADMIN);
		List<Long> teachers = List.of(teacherOne.id(), teacherTwo.id());

		// Both requests are held at their first teacher lock until both have started, so
		// that each has rebuilt (or locked) what it does first before either goes on.
		CountDownLatch holding = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Future<?> holder = this.threads.submit(() -> this.transactions.executeWithoutResult((status) -> {
			teachers.forEach((teacher) -> this.jdbc
				.sql("INSERT INTO analytics_teacher_locks (teacher_id) VALUES (?) ON CONFLICT DO NOTHING")
				.param(teacher)
				.update());
			this.jdbc.sql("SELECT teacher_id FROM analytics_teacher_locks WHERE teacher_id IN (:teachers) FOR UPDATE")
				.param("teachers", teachers)
				.query(Long.class)
				.list();
			holding.countDown();
			Release.await(release);
		}));
		assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
		Future<List<AttendanceRecord>> forward = this.threads.submit(() -> this.attendance.record(admin,
				List.of(mark(first, MONDAY, AttendanceStatus.PRESENT), mark(second, MONDAY, AttendanceStatus.ABSENT))));
		Future<List<AttendanceRecord>> backward = this.threads.submit(() -> this.attendance.record(admin,
				List.of(mark(second, TUESDAY, AttendanceStatus.LATE), mark(first, TUESDAY, AttendanceStatus.ABSENT))));
		await().atMost(Duration.ofSeconds(30)).until(() -> waitingSessions() >= 2);
		release.countDown();
		holder.get(30, TimeUnit.SECONDS);

		assertThat(forward.get(30, TimeUnit.SECONDS)).extracting(AttendanceRecord::status)
			.containsExactly(AttendanceStatus.PRESENT, AttendanceStatus.ABSENT);
		assertThat(backward.get(30, TimeUnit.SECONDS)).extracting(AttendanceRecord::status)
			.containsExactly(AttendanceStatus.LATE, AttendanceStatus.ABSENT);
		assertThat(this.jdbc
			.sql("SELECT student_id, on_date, status FROM analytics_attendance WHERE student_id IN (?, ?) "
					+ "ORDER BY on_date, student_id")
			.params(first.id(), second.id())
			.query((rs, n) -> rs.getLong(1) + " " + rs.getObject(2, LocalDate.class) + " " + rs.getString(3))
			.list()).containsExactly(first.id() + " 2025-03-10 PRESENT", second.id() + " 2025-03-10 ABSENT",
					first.id() + " 2025-03-11 ABSENT", second.id() + " 2025-03-11 LATE");
	}

	/**
	 * Sessions of this database waiting for a lock another one holds.
	 */
	private long waitingSessions() {
		String sql = SqlArrays.postgres(this.template)
				? "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
				: "SELECT COUNT(*) FROM information_schema.sessions WHERE blocker_id IS NOT NULL";
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private static AttendanceMark mark(Person student, LocalDate day, AttendanceStatus status) {
		return new AttendanceMark("", student.id(), day, status, null, null);
	}

}

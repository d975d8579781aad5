package org.classlytics.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.classlytics.roster.ClassSection;
import org.classlytics.roster.Person;
import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.World;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.analytics.AnalyticsFixtures.assignment;
import static org.classlytics.analytics.AnalyticsFixtures.grade;
import static org.classlytics.analytics.AnalyticsFixtures.submit;

/**
 * Grades of students of one class arriving at the same time each re-rank the class: they
 * queue on the class lock instead of deadlocking (on PostgreSQL a deadlock answered 500).
 */
@IntegrationTest
class AnalyticsConcurrentGradesTests {

	private static final int STUDENTS = 8;

	private static final int ROUNDS = 4;

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Test
	void concurrentGradesOfOneClassAllSucceedWithExactRanks() throws Exception {
		World w = World.create(this.fixtures);
		Api.Caller teacher = this.api.as(w.token("teacherA"));
		Fixtures.TestSchool school = w.school();
		var term = school.term("Spring", LocalDate.of(2025, 1, 6), LocalDate.of(2025, 6, 30));
		ClassSection section = school.classSection("9C");
		List<Person> students = new ArrayList<>();
		for (int i = 0; i < STUDENTS; i++) {
			Person student = school.student("Stu" + i, "Dent", section, null);
			school.enroll(student, w.teacherA(), w.subject());
			students.add(student);
		}
		long assignment = assignment(teacher, w, 100, "2025-02-03T10:00:00Z", students.toArray(Person[]::new));
		List<Long> submissions = new ArrayList<>();
		for (Person student : students) {
			submissions.add(submit(teacher, assignment, student, "2025-02-03T09:00:00Z"));
		}

		ExecutorService pool = Executors.newFixedThreadPool(STUDENTS);
		try {
			for (int round = 0; round < ROUNDS; round++) {
				int[] scores = new int[STUDENTS];
				for (int i = 0; i < STUDENTS; i++) {
					// Distinct scores whose order changes every round.
					scores[i] = 30 + ((i * 3 + round * 5) % STUDENTS) * 9;
				}
				CountDownLatch start = new CountDownLatch(1);
				List<Future<Api.Reply>> replies = new ArrayList<>();
				for (int i = 0; i < STUDENTS; i++) {
					long submission = submissions.get(i);
					int score = scores[i];
					replies.add(pool.submit(() -> {
						start.await();
						return grade(teacher, submission, score, "2025-02-04T10:00:00Z");
					}));
				}
				start.countDown();
				for (Future<Api.Reply> reply : replies) {
					Api.Reply done = reply.get(60, TimeUnit.SECONDS);
					assertThat(done.status()).as(done.text()).isEqualTo(200);
				}

				Map<Long, JsonNode> rows = termRows(w, term.id(), section.id());
				assertThat(rows).hasSize(STUDENTS);
				for (int i = 0; i < STUDENTS; i++) {
					int higher = 0;
					for (int score : scores) {
						if (score > scores[i]) {
							higher++;
						}
					}
					JsonNode row = rows.get(students.get(i).id());
					assertThat(row.get("average_grade").decimalValue()).isEqualByComparingTo(String.valueOf(scores[i]));
					assertThat(row.get("rank").asInt()).as("round %d student %d", round, i).isEqualTo(higher + 1);
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private Map<Long, JsonNode> termRows(World w, long termId, long classId) {
		Api.Reply reply = this.api.as(w.token("admin"))
			.get("/api/analytics/terms/" + termId + "/performance?class_id=" + classId + "&subject_id="
					+ w.subject().id());
		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		Map<Long, JsonNode> rows = new HashMap<>();
		reply.json().forEach((row) -> rows.put(row.get("student_id").asLong(), row));
		return rows;
	}

}

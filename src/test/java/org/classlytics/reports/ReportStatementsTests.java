package org.classlytics.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.classlytics.roster.Actor;
import org.classlytics.roster.Person;
import org.classlytics.roster.Roster;
import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.StatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many SQL statements each report runs (issue 4's targets): a class report at most 5
 * whatever the class size, the student report a small constant, a bulk batch the same
 * number for 2 students as for 50. Counted on the calling thread through a wrapped
 * DataSource (the audit entries are buffered and written later, elsewhere).
 */
@IntegrationTest
@Import(StatementCounter.class)
class ReportStatementsTests {

	private static final LocalDate WEEK = LocalDate.of(2025, 3, 10);

	private static final LocalDate TO = LocalDate.of(2025, 3, 18);

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Reports reports;

	@Autowired
	BulkReports bulk;

	@Autowired
	Roster roster;

	private ReportsClassFixture c;

	private Actor teacher;

	@BeforeEach
	void setUp() {
		this.c = new ReportsClassFixture(this.api, this.fixtures);
		this.teacher = actor(this.c.w.teacherA());
	}

	@Test
	void aClassReportRunsFourStatementsAndNoneWhenCached() {
		var uncached = StatementCounter.count(() -> this.reports.teacherWeekly(this.teacher, null, WEEK, null, null));
		var cached = StatementCounter.count(() -> this.reports.teacherWeekly(this.teacher, null, WEEK, null, null));
		Actor admin = actor(this.c.w.admin());
		var asAdmin = StatementCounter.count(
				() -> this.reports.teacherWeekly(admin, this.c.w.teacherA().id(), WEEK, this.c.w.subject().id(), null));

		assertThat(uncached.value().students()).hasSize(3);
		assertThat(uncached.statements()).as(uncached.sql().toString()).isEqualTo(4);
		assertThat(cached.value()).isEqualTo(uncached.value());
		// A hit reads nothing: the teacher's class is cached beside the report.
		assertThat(cached.statements()).as(cached.sql().toString()).isZero();
		assertThat(asAdmin.value().students()).hasSize(3);
		assertThat(asAdmin.statements()).as(asAdmin.sql().toString()).isEqualTo(4);
	}

	@Test
	void theStudentReportRunsAConstantNumberOfStatements() {
		var uncached = StatementCounter
			.count(() -> this.reports.studentPerformance(this.teacher, this.c.w.studentX().id(), WEEK, TO, null));
		var cached = StatementCounter
			.count(() -> this.reports.studentPerformance(this.teacher, this.c.w.studentX().id(), WEEK, TO, null));

		assertThat(uncached.value().grades().totalGraded()).isEqualTo(2);
		assertThat(uncached.statements()).as(uncached.sql().toString()).isEqualTo(5);
		assertThat(cached.value()).isEqualTo(uncached.value());
		assertThat(cached.statements()).as(cached.sql().toString()).isZero();
	}

	@Test
	void aBulkBatchRunsAsManyStatementsForFiftyStudentsAsForTwo() {
		Fixtures.TestSchool school = this.c.w.school();
		List<Long> fifty = new ArrayList<>(List.of(this.c.w.studentX().id(), this.c.mia.id(), this.c.ned.id()));
		for (int i = fifty.size(); i < 50; i++) {
			Person student = school.student("Bulk" + i, "Student", this.c.w.classSection(), null);
			school.enroll(student, this.c.w.teacherA(), this.c.w.subject());
			fifty.add(student.id());
		}
		Actor admin = actor(this.c.w.admin());

		var two = StatementCounter.count(() -> this.bulk.generate(admin, fifty.subList(0, 2), WEEK, TO, "json"));
		var all = StatementCounter.count(() -> this.bulk.generate(admin, fifty, WEEK, TO, "json"));
		var csv = StatementCounter.count(() -> this.bulk.generate(admin, fifty, WEEK, TO, "csv"));

		assertThat(two.statements()).as(two.sql().toString()).isEqualTo(6);
		assertThat(all.statements()).as(all.sql().toString()).isEqualTo(6);
		assertThat(csv.statements()).as(csv.sql().toString()).isEqualTo(6);
	}

	private Actor actor(Person person) {
		return this.roster.activeActor(person.id()).orElseThrow();
	}

}

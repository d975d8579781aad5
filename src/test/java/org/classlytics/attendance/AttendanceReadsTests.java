package org.classlytics.attendance;

import java.time.LocalDate;
import java.util.List;

import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.World;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.support.AttendanceFixtures.attendance;

@IntegrationTest
class AttendanceReadsTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Attendance attendance;

	@Test
	void countsTheDaysOfAGroupPerStatusOverInclusiveDaysInOneQuery() {
		World w = World.create(this.fixtures);
		Api.Caller admin = this.api.as(w.token("admin"));
		long x = w.studentX().id();
		long y = w.studentY().id();
		attendance(admin, x, "2025-03-09", "PRESENT");
		attendance(admin, x, "2025-03-10", "LATE");
		attendance(admin, x, "2025-03-11", "PRESENT");
		attendance(admin, x, "2025-03-12", "PRESENT");
		attendance(admin, x, "2025-03-13", "EXCUSED");
		attendance(admin, y, "2025-03-16", "ABSENT");
		attendance(admin, x, "2025-03-17", "ABSENT");

		List<AttendanceTally> tallies = this.attendance.talliesOf(List.of(y, x, w.outsider().id()),
				LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 16));

		assertThat(tallies).containsExactlyElementsOf(
				java.util.stream.Stream.of(new AttendanceTally(x, 2, 1, 0, 1), new AttendanceTally(y, 0, 0, 1, 0))
					.sorted(java.util.Comparator.comparingLong(AttendanceTally::studentId))
					.toList());
		assertThat(tallies).extracting(AttendanceTally::days).containsExactlyInAnyOrder(4, 1);
		assertThat(tallies).extracting(AttendanceTally::attended).containsExactlyInAnyOrder(3, 0);
		assertThat(this.attendance.talliesOf(List.of(), LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 16)))
			.isEmpty();
	}

}

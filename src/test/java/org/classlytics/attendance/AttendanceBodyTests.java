package org.classlytics.attendance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.classlytics.platform.FieldProblem;
import org.classlytics.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AttendanceBodyTests {

	@Test
	void readsOneRecordWithoutAPath() {
		AttendanceBody body = new AttendanceBody(7L, "2025-01-15", "LATE", "  bus  ", null, null);

		assertThat(body.isList()).isFalse();
		assertThat(body.marks())
			.containsExactly(new AttendanceMark("", 7L, LocalDate.of(2025, 1, 15), AttendanceStatus.LATE, "bus", null));
	}

	@Test
	void givesTheListsRecorderToRecordsWithoutTheirOwn() {
		AttendanceBody body = new AttendanceBody(null, null, null, null, 3L,
				List.of(new AttendanceBody.Item(7L, "2025-01-15", "PRESENT", " ", null),
						new AttendanceBody.Item(8L, "2025-01-15", "ABSENT", null, 4L)));

		assertThat(body.marks()).containsExactly(
				new AttendanceMark("records[0].", 7L, LocalDate.of(2025, 1, 15), AttendanceStatus.PRESENT, null, 3L),
				new AttendanceMark("records[1].", 8L, LocalDate.of(2025, 1, 15), AttendanceStatus.ABSENT, null, 4L));
	}

	@Test
	void namesEveryBadFieldOfEveryRecord() {
		List<AttendanceBody.Item> items = new ArrayList<>();
		items.add(new AttendanceBody.Item(7L, "2025-01-15", "PRESENT", null, null));
		items.add(new AttendanceBody.Item(null, "2025-02-29", "present", null, null));
		items.add(null);
		items.add(new AttendanceBody.Item(9L, "2025-01-15", "ABSENT", "x".repeat(1001), null));

		InvalidInputException problem = catchThrowableOfType(InvalidInputException.class,
				() -> new AttendanceBody(null, null, null, null, null, items).marks());

		assertThat(problem.errors()).containsExactly(new FieldProblem("records[1].student_id", "is required"),
				new FieldProblem("records[1].date", "must be a date in the form YYYY-MM-DD"),
				new FieldProblem("records[1].status", "must be one of PRESENT, ABSENT, LATE, EXCUSED"),
				new FieldProblem("records[2]", "is required"),
				new FieldProblem("records[3].note", "must be at most 1000 characters"));
	}

	@Test
	void refusesAnEmptyOrOversizedList() {
		assertThat(catchThrowableOfType(InvalidInputException.class,
				() -> new AttendanceBody(null, null, null, null, null, List.of()).marks())
			.errors()).containsExactly(new FieldProblem("records", "must not be empty"));
		List<AttendanceBody.Item> tooMany = Collections.nCopies(AttendanceBody.MAX_RECORDS + 1,
				new AttendanceBody.Item(7L, "2025-01-15", "PRESENT", null, null));
		assertThat(catchThrowableOfType(InvalidInputException.class,
				() -> new AttendanceBody(null, null, null, null, null, tooMany).marks())
			.errors()).containsExactly(new FieldProblem("records", "must hold at most 1000 records"));
	}

	@Test
	void countsOnlyPresentAndLateAsAttended() {
		assertThat(AttendanceStatus.PRESENT.attended()).isTrue();
		assertThat(AttendanceStatus.LATE.attended()).isTrue();
		assertThat(AttendanceStatus.ABSENT.attended()).isFalse();
		assertThat(AttendanceStatus.EXCUSED.attended()).isFalse();
	}

}

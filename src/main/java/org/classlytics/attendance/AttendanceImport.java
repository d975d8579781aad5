package org.classlytics.attendance;

import java.time.LocalDate;
import java.util.List;

import org.classlytics.platform.WriteCounts;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Set-based attendance writes for imports, without a caller: the importing module has
 * checked reach, recorders and duplicate days. A chunk is written with the register's
 * multi-row MERGE (in slices that keep the statement's parameters bounded) inside the
 * caller's transaction, and its events are published as for the API
 * ({@link AttendanceWrites}).
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class AttendanceImport {

	private static final int SLICE = 500;

	private final AttendanceWrites writes;

	AttendanceImport(AttendanceWrites writes) {
		this.writes = writes;
	}

	/**
	 * One day of a student, as an import gives it.
	 */
	public record Day(long studentId, LocalDate date, AttendanceStatus status, String note, long recordedBy) {

	}

	public WriteCounts recordAll(long schoolId, List<Day> days) {
		int created = 0;
		int updated = 0;
		for (int from = 0; from < days.size(); from += SLICE) {
			List<AttendanceMark> marks = days.subList(from, Math.min(days.size(), from + SLICE))
				.stream()
				.map((d) -> new AttendanceMark("", d.studentId(), d.date(), d.status(), d.note(), d.recordedBy()))
				.toList();
			for (AttendanceRegister.Written row : this.writes.record(schoolId, marks)) {
				if (row.previous() == null) {
					created++;
				}
				else {
					updated++;
				}
			}
		}
		return new WriteCounts(created, updated);
	}

}

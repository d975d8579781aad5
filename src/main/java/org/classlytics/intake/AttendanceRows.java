package org.classlytics.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.classlytics.attendance.AttendanceImport;
import org.classlytics.attendance.AttendanceStatus;
import org.classlytics.roster.Person;
import org.classlytics.roster.Role;

/**
 * Attendance: one row per (student, date), upserted on that key. An admin may name the
 * teacher who recorded it; otherwise the importer is the recorder.
 */
final class AttendanceRows implements RowImporter {

	private final References references;

	private final AttendanceImport attendance;

	AttendanceRows(References references, AttendanceImport attendance) {
		this.references = references;
		this.attendance = attendance;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.ATTENDANCE;
	}

	@Override
	public List<String> required() {
		return List.of("student", "date", "status");
	}

	@Override
	public List<String> optional() {
		return List.of("note", "recorded_by");
	}

	@Override
	public void chunk(ImportRun run, List<CsvRow> rows) {
		References.People people = this.references.people(run, rows, "student", "recorded_by");
		List<AttendanceImport.Day> days = new ArrayList<>(rows.size());
		for (CsvRow row : rows) {
			Cells cells = new Cells(run, row);
			Person student = people.student(cells, "student", cells.text("student", true, 320));
			LocalDate date = cells.date("date", true);
			AttendanceStatus status = cells.choice("status", AttendanceStatus.class, true);
			String note = cells.text("note", false, 1000);
			long recordedBy = run.actor().userId();
			String recorder = cells.text("recorded_by", false, 320);
			if (recorder != null) {
				if (!run.actor().isAdmin()) {
					cells.error("recorded_by", "only an admin records on behalf of another teacher");
				}
				else {
					Person teacher = people.resolve(cells, "recorded_by", recorder, Role.TEACHER);
					if (teacher != null) {
						recordedBy = teacher.id();
					}
				}
			}
			if (student != null && date != null) {
				cells.unique("date", "attendance", student.id() + "/" + date);
			}
			if (cells.ok()) {
				days.add(new AttendanceImport.Day(student.id(), date, status, note, recordedBy));
			}
		}
		if (!days.isEmpty()) {
			run.wrote(this.attendance.recordAll(run.schoolId(), days));
		}
	}

}

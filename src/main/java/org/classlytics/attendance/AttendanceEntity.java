package org.classlytics.attendance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A student's attendance on one day. Rows are created by {@link AttendanceRegister},
 * which records whole sets at once; single records are corrected here.
 */
@Table("attendance_records")
class AttendanceEntity {

	@Id
	private Long id;

	private final long schoolId;

	private final long studentId;

	private final LocalDate onDate;

	private AttendanceStatus status;

	private String note;

	private long recordedBy;

	private Instant recordedAt;

	@PersistenceCreator
	AttendanceEntity(Long id, long schoolId, long studentId, LocalDate onDate, AttendanceStatus status, String note,
			long recordedBy, Instant recordedAt) {
		this.id = id;
		this.schoolId = schoolId;
		this.studentId = studentId;
		this.onDate = onDate;
		this.status = status;
		this.note = note;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	/**
	 * Records a correction: whoever corrects the day becomes its recorder.
	 * @param status the new status, or null to keep it
	 * @param note null to keep the note, empty to clear it
	 */
	void correct(AttendanceStatus status, Optional<String> note, long recordedBy, Instant now) {
		if (status != null) {
			this.status = status;
		}
		if (note != null) {
			this.note = note.orElse(null);
		}
		this.recordedBy = recordedBy;
		this.recordedAt = now;
	}

	long schoolId() {
		return this.schoolId;
	}

	long studentId() {
		return this.studentId;
	}

	AttendanceStatus status() {
		return this.status;
	}

	AttendanceRecord toRecord() {
		return new AttendanceRecord(this.id, this.schoolId, this.studentId, this.onDate, this.status, this.note,
				this.recordedBy, this.recordedAt);
	}

}

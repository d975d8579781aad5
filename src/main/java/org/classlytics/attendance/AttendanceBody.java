package org.classlytics.attendance;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.classlytics.platform.FieldProblem;
import org.classlytics.platform.InvalidInputException;

/**
 * The body of {@code POST /api/attendance}: one record, or a list under {@code records}.
 * Dates and statuses are read as text and parsed here, so that a list names every bad
 * record ({@code records[2].status}) instead of stopping at the first one Jackson meets.
 *
 * <p>
 * A bare JSON array is read as such a list too.
 *
 * @param recordedBy for a list, the recorder of the records that do not name their own
 */
record AttendanceBody(Long studentId, String date, String status, String note, Long recordedBy, List<Item> records) {

	static final int MAX_RECORDS = 1000;

	private static final String STATUSES = Arrays.stream(AttendanceStatus.values())
		.map(Enum::name)
		.collect(Collectors.joining(", "));

	@JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
	AttendanceBody {
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	static AttendanceBody ofList(List<Item> records) {
		return new AttendanceBody(null, null, null, null, null, records);
	}

	boolean isList() {
		return this.records != null;
	}

	/**
	 * Every record of the body, or an {@link InvalidInputException} naming each bad field
	 * of each bad record.
	 */
	List<AttendanceMark> marks() {
		List<FieldProblem> problems = new ArrayList<>();
		List<AttendanceMark> marks = new ArrayList<>();
		if (!isList()) {
			mark(new Item(this.studentId, this.date, this.status, this.note, this.recordedBy), "", problems)
				.ifPresent(marks::add);
		}
		else if (this.studentId != null || this.date != null || this.status != null) {
			problems.add(new FieldProblem("records", "send either one record or a list of records, not both"));
		}
		else if (this.records.isEmpty()) {
			problems.add(new FieldProblem("records", "must not be empty"));
		}
		else if (this.records.size() > MAX_RECORDS) {
			problems.add(new FieldProblem("records", "must hold at most " + MAX_RECORDS + " records"));
		}
		else {
			for (int i = 0; i < this.records.size(); i++) {
				Item item = this.records.get(i);
				String path = "records[" + i + "]";
				if (item == null) {
					problems.add(new FieldProblem(path, "is required"));
				}
				else {
					Long recorder = (item.recordedBy() != null) ? item.recordedBy() : this.recordedBy;
					mark(item.withRecorder(recorder), path + ".", problems).ifPresent(marks::add);
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return marks;
	}

	private static Optional<AttendanceMark> mark(Item item, String path, List<FieldProblem> problems) {
		int before = problems.size();
		if (item.studentId() == null) {
			problems.add(new FieldProblem(path + "student_id", "is required"));
		}
		LocalDate date = parseDate(item.date(), path + "date", problems);
		AttendanceStatus status = parseStatus(item.status(), path + "status", problems);
		if (Notes.tooLong(item.note())) {
			problems.add(new FieldProblem(path + "note", "must be at most " + Notes.MAX_LENGTH + " characters"));
		}
		if (problems.size() > before) {
			return Optional.empty();
		}
		return Optional
			.of(new AttendanceMark(path, item.studentId(), date, status, Notes.clean(item.note()), item.recordedBy()));
	}

	private static LocalDate parseDate(String text, String field, List<FieldProblem> problems) {
		if (text == null) {
			problems.add(new FieldProblem(field, "is required"));
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(field, "must be a date in the form YYYY-MM-DD"));
			return null;
		}
	}

	private static AttendanceStatus parseStatus(String text, String field, List<FieldProblem> problems) {
		if (text == null) {
			problems.add(new FieldProblem(field, "is required"));
			return null;
		}
		try {
			return AttendanceStatus.valueOf(text);
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem(field, "must be one of " + STATUSES));
			return null;
		}
	}

	/**
	 * One record of a list.
	 */
	record Item(Long studentId, String date, String status, String note, Long recordedBy) {

		Item withRecorder(Long recorder) {
			return new Item(this.studentId, this.date, this.status, this.note, recorder);
		}

	}

}

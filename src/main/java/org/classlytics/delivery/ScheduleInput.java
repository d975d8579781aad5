package org.classlytics.delivery;

import java.util.ArrayList;
import java.util.List;

import org.classlytics.platform.FieldProblem;
import org.classlytics.platform.InvalidInputException;

/**
 * The fields a client may send for a schedule, on POST and PATCH. Server-owned fields
 * (id, created_by, last_generated, last_sent, next_scheduled) are not here, so they are
 * ignored when sent.
 */
public record ScheduleInput(String name, String reportType, String frequency, Integer dayOfWeek, Integer dayOfMonth,
		Boolean weekdaysOnly, String time, String timeZone, String exportFormat, ScopeInput scope, Boolean isActive) {

	public record ScopeInput(List<Long> studentIds, Long subjectId) {

	}

	boolean scopeGiven() {
		return this.scope != null;
	}

	List<Long> studentIds() {
		return (this.scope != null) ? this.scope.studentIds() : null;
	}

	Long subjectId() {
		return (this.scope != null) ? this.scope.subjectId() : null;
	}

	void requireForCreate() {
		List<FieldProblem> missing = new ArrayList<>();
		require(missing, "name", this.name);
		require(missing, "report_type", this.reportType);
		require(missing, "frequency", this.frequency);
		require(missing, "time", this.time);
		require(missing, "export_format", this.exportFormat);
		if (!missing.isEmpty()) {
			throw new InvalidInputException(missing);
		}
	}

	private static void require(List<FieldProblem> missing, String field, Object value) {
		if (value == null) {
			missing.add(new FieldProblem(field, "is required"));
		}
	}

}

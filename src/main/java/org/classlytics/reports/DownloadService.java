package org.classlytics.reports;

import java.time.LocalDate;
import java.util.List;

import org.classlytics.audit.AuditAction;
import org.classlytics.audit.AuditTrail;
import org.classlytics.export.ExportFormat;
import org.classlytics.export.Exports;
import org.classlytics.platform.InvalidInputException;
import org.classlytics.roster.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report downloads: files built with the export module, each access audited as an
 * EXPORT.
 */
@Service
class DownloadService {

	private final StudentPerformanceService performance;

	private final TeacherWeeklyService weekly;

	private final Exports exports;

	private final AuditTrail audit;

	DownloadService(StudentPerformanceService performance, TeacherWeeklyService weekly, Exports exports,
			AuditTrail audit) {
		this.performance = performance;
		this.weekly = weekly;
		this.exports = exports;
		this.audit = audit;
	}

	/**
	 * A file to send: its bytes (or, for JSON, the object to write), type and name.
	 */
	record Download(Object body, String contentType, String filename) {

	}

	@Transactional(readOnly = true)
	public Download studentPerformance(Actor actor, Long studentId, LocalDate from, LocalDate to, String format) {
		if (studentId == null) {
			throw InvalidInputException.field("student_id", "must not be null");
		}
		String kind = requireFormat(format, List.of("pdf", "csv", "xlsx", "json"));
		StudentPerformanceService.Prepared prepared = this.performance.prepare(actor, studentId, from, to, null);
		StudentPerformanceReport report = prepared.report();
		String filename = prepared.student().lastName() + "_" + prepared.student().firstName() + "_performance_"
				+ report.from() + "_" + report.to() + "." + kind;
		this.audit.record(actor, AuditAction.EXPORT, StudentPerformanceService.KIND, List.of(studentId));
		if (kind.equals("json")) {
			return new Download(report, "application/json", filename);
		}
		ExportFormat exportFormat = ExportFormat.of(kind).orElseThrow();
		byte[] file = this.exports.render(
				ReportDocuments.studentPerformance(report, prepared.labels(), exportFormat == ExportFormat.PDF),
				exportFormat, prepared.school().name(), prepared.labels().locale());
		return new Download(file, exportFormat.contentType(), filename);
	}

	@Transactional(readOnly = true)
	public Download teacherWeekly(Actor actor, Long teacherId, LocalDate weekStart, Long subjectId, String format) {
		String kind = requireFormat(format, List.of("pdf", "csv", "xlsx"));
		TeacherWeeklyService.Computed computed = this.weekly.compute(actor,
				this.weekly.scope(actor, teacherId, weekStart, subjectId, null));
		TeacherWeeklyReport report = computed.report();
		var teacher = computed.scope().teacher();
		String filename = teacher.lastName() + "_" + teacher.firstName() + "_weekly_" + report.weekStart() + "." + kind;
		this.audit.record(actor, AuditAction.EXPORT, TeacherWeeklyService.KIND,
				report.students().stream().map(TeacherWeeklyReport.StudentLine::studentId).toList());
		ExportFormat exportFormat = ExportFormat.of(kind).orElseThrow();
		byte[] file = this.exports.render(
				ReportDocuments.teacherWeekly(report, this.weekly.labels(computed.scope()),
						exportFormat == ExportFormat.PDF),
				exportFormat, computed.scope().school().name(), computed.locale());
		return new Download(file, exportFormat.contentType(), filename);
	}

	private static String requireFormat(String format, List<String> allowed) {
		String kind = (format != null) ? format.strip().toLowerCase(java.util.Locale.ROOT) : null;
		if (kind == null || !allowed.contains(kind)) {
			throw InvalidInputException.field("format", "must be one of " + String.join(", ", allowed));
		}
		return kind;
	}

}

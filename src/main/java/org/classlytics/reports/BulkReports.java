package org.classlytics.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.classlytics.audit.AuditAction;
import org.classlytics.audit.AuditTrail;
import org.classlytics.export.Column;
import org.classlytics.export.CsvExport;
import org.classlytics.export.ExportDocument;
import org.classlytics.export.ExportFormat;
import org.classlytics.export.ExportLabels;
import org.classlytics.export.ExportMessages;
import org.classlytics.export.Exports;
import org.classlytics.export.Sheet;
import org.classlytics.platform.InvalidInputException;
import org.classlytics.roster.AccessPolicy;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Person;
import org.classlytics.roster.PersonView;
import org.classlytics.roster.Role;
import org.classlytics.roster.Roster;
import org.classlytics.roster.School;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk student performance reports: up to {@value #MAX_STUDENTS} students over one range,
 * computed together (one read per kind of record for the whole batch). Students that do
 * not exist or that the caller cannot see become failures and never abort the batch.
 */
@Service
class BulkReports {

	static final int MAX_STUDENTS = 50;

	static final String NOT_FOUND = "Student not found";

	private final StudentPerformanceService performance;

	private final Roster roster;

	private final AccessPolicy policy;

	private final ExportMessages messages;

	private final Exports exports;

	private final AuditTrail audit;

	private final Clock clock;

	private final PdfPool pool;

	BulkReports(StudentPerformanceService performance, Roster roster, AccessPolicy policy, ExportMessages messages,
			Exports exports, AuditTrail audit, Clock clock, PdfPool pool) {
		this.pool = pool;
		this.performance = performance;
		this.roster = roster;
		this.policy = policy;
		this.messages = messages;
		this.exports = exports;
		this.audit = audit;
		this.clock = clock;
	}

	record Failure(long studentId, String error) {

	}

	/**
	 * The JSON reply.
	 */
	record BulkJson(int totalRequested, int totalGenerated, int totalFailed, List<StudentPerformanceReport> reports,
			List<Failure> failedStudents) {

	}

	/**
	 * A generated batch, with what rendering it needs.
	 */
	record Batch(LocalDate from, LocalDate to, int requested, List<StudentPerformanceReport> reports,
			List<Failure> failures, School school, ExportLabels labels) {

		BulkJson json() {
			return new BulkJson(this.requested, this.reports.size(), this.failures.size(), this.reports, this.failures);
		}

	}

	/**
	 * A file to send: its bytes (or, for JSON, the object to write), type and name.
	 */
	record BulkFile(Object body, String contentType, String filename) {

	}

	/**
	 * Checks the request, generates the batch, audits an EXPORT for the generated
	 * students and renders it.
	 */
	@Transactional(readOnly = true)
	public BulkFile generate(Actor actor, List<Long> studentIds, LocalDate from, LocalDate to, String format) {
		String kind = (format != null) ? format.strip().toLowerCase(Locale.ROOT) : null;
		if (kind == null || !List.of("json", "csv", "zip").contains(kind)) {
			throw InvalidInputException.field("format", "must be one of json, csv, zip");
		}
		Batch batch = batch(actor, studentIds, from, to);
		String base = "student_performance_" + batch.from() + "_" + batch.to();
		return switch (kind) {
			case "json" -> new BulkFile(batch.json(), "application/json", base + ".json");
			case "csv" -> new BulkFile(CsvExport.render(table(batch)), ExportFormat.CSV.contentType(), base + ".csv");
			default -> new BulkFile(zip(batch), "application/zip", base + ".zip");
		};
	}

	Batch batch(Actor actor, List<Long> studentIds, LocalDate from, LocalDate to) {
		Set<Long> ids = new LinkedHashSet<>();
		if (studentIds != null) {
			for (Long id : studentIds) {
				if (id == null) {
					throw InvalidInputException.field("student_ids", "must not contain null");
				}
				ids.add(id);
			}
		}
		if (ids.isEmpty() || ids.size() > MAX_STUDENTS) {
			throw InvalidInputException.field("student_ids", "must hold 1 to " + MAX_STUDENTS + " student ids");
		}
		// One statement: the school and the viewer.
		PersonView view = this.roster.personView(actor.schoolId(), actor.userId(), actor.userId());
		School school = view.school();
		ZoneId zone = school.timeZone();
		ReportPeriod range = ReportPeriod.resolve(from, to, null, LocalDate.ofInstant(this.clock.instant(), zone),
				Optional.empty());
		Set<Long> visible = this.policy.visibleAmong(actor, ids);
		Map<Long, Person> people = this.roster.people(visible);
		List<Person> students = new ArrayList<>();
		List<Failure> failures = new ArrayList<>();
		for (Long id : ids) {
			Person person = people.get(id);
			if (person != null && person.role() == Role.STUDENT && person.schoolId() == actor.schoolId()) {
				students.add(person);
			}
			else {
				failures.add(new Failure(id, NOT_FOUND));
			}
		}
		Locale viewer = view.viewer().map(Person::locale).orElse(null);
		ExportLabels labels = this.messages.labels(viewer, school.locale());
		Map<Long, StudentPerformanceReport> reports = this.performance.computeAll(students, range, zone, labels::get);
		if (!students.isEmpty()) {
			this.audit.record(actor, AuditAction.EXPORT, StudentPerformanceService.KIND, reports.keySet());
		}
		return new Batch(range.days().from(), range.days().to(), ids.size(), List.copyOf(reports.values()), failures,
				school, labels);
	}

	/**
	 * One table with a row per student, then the failed students.
	 */
	static ExportDocument table(Batch batch) {
		ExportLabels labels = batch.labels();
		Sheet.Builder rows = Sheet.builder(labels.get("reports.bulk.students"))
			.columns(Column.integer(labels.get("reports.bulk.student-id")),
					Column.text(labels.get("reports.bulk.student")), Column.date(labels.get("reports.bulk.from")),
					Column.date(labels.get("reports.bulk.to")),
					Column.integer(labels.get("reports.performance.total-days")),
					Column.integer(labels.get("reports.performance.present")),
					Column.integer(labels.get("reports.performance.late")),
					Column.integer(labels.get("reports.performance.absent")),
					Column.integer(labels.get("reports.performance.excused")),
					Column.percentage(labels.get("reports.performance.attendance-rate"), 2),
					Column.integer(labels.get("reports.performance.total-graded")),
					Column.percentage(labels.get("reports.performance.average"), 2),
					Column.percentage(labels.get("reports.performance.highest"), 2),
					Column.percentage(labels.get("reports.performance.lowest"), 2),
					Column.text(labels.get("reports.performance.trend")));
		for (StudentPerformanceReport r : batch.reports()) {
			rows.row(r.student().id(), r.student().name(), r.from(), r.to(), r.attendance().totalDays(),
					r.attendance().present(), r.attendance().late(), r.attendance().absent(), r.attendance().excused(),
					r.attendance().attendanceRate(), r.grades().totalGraded(), r.grades().averagePercentage(),
					r.grades().highestPercentage(), r.grades().lowestPercentage(),
					labels.get("reports.trend." + r.grades().trend()));
		}
		return ExportDocument.builder(labels.get("reports.bulk.title"))
			.title(labels.get("reports.bulk.title"), batch.from() + " – " + batch.to())
			.table(labels.get("reports.bulk.students"), rows.build())
			.table(labels.get("reports.bulk.failed"), failures(batch))
			.build();
	}

	private static Sheet failures(Batch batch) {
		ExportLabels labels = batch.labels();
		Sheet.Builder failed = Sheet.builder(labels.get("reports.bulk.failed"))
			.columns(Column.integer(labels.get("reports.bulk.student-id")),
					Column.text(labels.get("reports.bulk.error")));
		for (Failure f : batch.failures()) {
			failed.row(f.studentId(), labels.get("reports.bulk.not-found"));
		}
		return failed.build();
	}

	private byte[] zip(Batch batch) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			Set<String> names = new LinkedHashSet<>();
			List<byte[]> pdfs = this.pool.renderAll(batch.reports(),
					(report) -> this.exports.render(ReportDocuments.studentPerformance(report, batch.labels(), true),
							ExportFormat.PDF, batch.school().name(), batch.labels().locale()));
			for (int i = 0; i < pdfs.size(); i++) {
				StudentPerformanceReport report = batch.reports().get(i);
				byte[] pdf = pdfs.get(i);
				String name = report.student().lastName() + "_" + report.student().firstName() + "_performance_"
						+ report.from() + "_" + report.to() + ".pdf";
				if (!names.add(name)) {
					name = report.student().lastName() + "_" + report.student().firstName() + "_"
							+ report.student().id() + "_performance_" + report.from() + "_" + report.to() + ".pdf";
					names.add(name);
				}
				zip.putNextEntry(new ZipEntry(name));
				zip.write(pdf);
				zip.closeEntry();
			}
			if (!batch.failures().isEmpty()) {
				zip.putNextEntry(new ZipEntry("failures.csv"));
				zip.write(CsvExport.render(failures(batch)));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}

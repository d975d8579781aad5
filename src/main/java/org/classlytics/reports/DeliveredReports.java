package org.classlytics.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.classlytics.delivery.RenderedReport;
import org.classlytics.delivery.ReportGenerationFailed;
import org.classlytics.delivery.ReportRequest;
import org.classlytics.delivery.ReportType;
import org.classlytics.delivery.ScheduledReports;
import org.classlytics.export.Attachment;
import org.classlytics.export.Column;
import org.classlytics.export.ExportDocument;
import org.classlytics.export.ExportFormat;
import org.classlytics.export.ExportLabels;
import org.classlytics.export.ExportMessages;
import org.classlytics.export.Exports;
import org.classlytics.export.Section;
import org.classlytics.export.Sheet;
import org.classlytics.platform.ConflictException;
import org.classlytics.platform.LocalWeek;
import org.classlytics.roster.AccessPolicy;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Person;
import org.classlytics.roster.Role;
import org.classlytics.roster.Roster;
import org.classlytics.roster.School;
import org.classlytics.roster.StudentScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The reports that scheduled delivery emails, built exactly as the download endpoints
 * build them and with the recipient's own permissions. Delivery writes the audit entries
 * once the email has gone, so nothing here records an export.
 */
@Component
class DeliveredReports implements ScheduledReports {

	private static final Logger log = LoggerFactory.getLogger(DeliveredReports.class);

	private final StudentPerformanceService performance;

	private final TeacherWeeklyService weekly;

	private final StoredReportService storedReports;

	private final StoredReports stored;

	private final Exports exports;

	private final ExportMessages messages;

	private final AccessPolicy policy;

	private final Roster roster;

	DeliveredReports(StudentPerformanceService performance, TeacherWeeklyService weekly,
			StoredReportService storedReports, StoredReports stored, Exports exports, ExportMessages messages,
			AccessPolicy policy, Roster roster) {
		this.performance = performance;
		this.weekly = weekly;
		this.storedReports = storedReports;
		this.stored = stored;
		this.exports = exports;
		this.messages = messages;
		this.policy = policy;
		this.roster = roster;
	}

	@Override
	public RenderedReport render(ReportRequest request) {
		try {
			boolean classReport = request.reportType() == ReportType.TEACHER_WEEKLY_REPORT
					&& request.viewer().role() == Role.TEACHER;
			return classReport ? teacherWeekly(request) : studentReports(request);
		}
		catch (ReportGenerationFailed ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw new ReportGenerationFailed("The " + request.reportType().apiName() + " of schedule "
					+ request.scheduleId() + " could not be built: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The teacher's class report for the school week that holds the last day of the
	 * period.
	 */
	private RenderedReport teacherWeekly(ReportRequest request) {
		Actor teacher = request.viewer();
		LocalDate weekStart = LocalWeek.of(request.period().to()).weekStart();
		TeacherWeeklyService.Computed computed = this.weekly.compute(teacher,
				this.weekly.scope(teacher, null, weekStart, request.scope().subjectId(), null));
		TeacherWeeklyReport report = computed.report();
		ExportLabels labels = this.messages.labels(request.locale(), computed.scope().school().locale());
		byte[] file = this.exports.render(
				ReportDocuments.teacherWeekly(report, labels, request.format() == ExportFormat.PDF), request.format(),
				computed.scope().school().name(), labels.locale());
		Set<Long> students = new LinkedHashSet<>();
		report.students().forEach((line) -> students.add(line.studentId()));
		String name = "weekly_report_" + report.weekStart() + "." + request.format().extension();
		return new RenderedReport(attachment(name, request.format(), file), students);
	}

	/**
	 * Student performance over the period, one part per student of the scope that the
	 * recipient may see (student, tutor and admin schedules, and teacher weekly schedules
	 * sent to someone who is not a teacher), in one file.
	 */
	private RenderedReport studentReports(ReportRequest request) {
		List<Long> students = studentsFor(request);
		if (students.isEmpty()) {
			throw new ReportGenerationFailed("The recipient may see none of the schedule's students");
		}
		List<Section> sections = new ArrayList<>();
		String documentName = null;
		School school = null;
		ExportLabels labels = null;
		for (long studentId : students) {
			StudentPerformanceService.Prepared prepared = this.performance.prepare(request.viewer(), studentId,
					request.period().from(), request.period().to(), null);
			labels = prepared.labels();
			school = prepared.school();
			ExportDocument document = ReportDocuments.studentPerformance(prepared.report(), labels,
					request.format() == ExportFormat.PDF);
			documentName = (documentName == null) ? document.name() : documentName;
			sections.addAll(document.sections());
		}
		byte[] file = this.exports.render(new ExportDocument(documentName, sections), request.format(), school.name(),
				labels.locale());
		String name = "student_performance_" + request.period().from() + "_" + request.period().to() + "."
				+ request.format().extension();
		return new RenderedReport(attachment(name, request.format(), file), new LinkedHashSet<>(students));
	}

	/**
	 * A student report shows, for each student of the scope the recipient may see, that
	 * student's performance over the period, in the recipient's locale: nothing in it
	 * depends on who the recipient is beyond those students (a student and a guardian of
	 * only that student get the same file). A teacher's class report is the teacher's own
	 * classes, so it has no key.
	 */
	@Override
	public Optional<Object> contentKey(ReportRequest request) {
		if (request.reportType() == ReportType.TEACHER_WEEKLY_REPORT && request.viewer().role() == Role.TEACHER) {
			return Optional.empty();
		}
		return Optional.of(List.of(request.viewer().schoolId(), request.reportType(), studentsFor(request),
				request.period(), request.format(), request.locale()));
	}

	private List<Long> studentsFor(ReportRequest request) {
		Actor viewer = request.viewer();
		if (!request.scope().studentIds().isEmpty()) {
			return this.policy.visibleAmong(viewer, request.scope().studentIds()).stream().sorted().toList();
		}
		StudentScope reach = this.policy.scopeOf(viewer);
		if (reach.wholeSchool()) {
			return this.roster.activeStudents(viewer.schoolId()).stream().map(Person::id).toList();
		}
		return reach.studentIds().stream().sorted().toList();
	}

	@Override
	public org.classlytics.mail.Attachment renderSample(ReportType reportType, ExportFormat format, Locale locale) {
		ExportLabels labels = this.messages.labels(locale);
		Sheet sample = Sheet.builder(labels.get("reports.sample.sheet"))
			.columns(Column.text(labels.get("reports.sample.student")),
					Column.percentage(labels.get("reports.sample.average"), 2),
					Column.percentage(labels.get("reports.sample.attendance"), 2))
			.row(labels.get("reports.sample.student-a"), 91.25, 97.5)
			.row(labels.get("reports.sample.student-b"), 74.0, 88.0)
			.build();
		ExportDocument document = ExportDocument.builder(labels.get("reports.sample.title"))
			.title(labels.get("reports.sample.title"), labels.get("reports.sample.note"))
			.table(sample)
			.build();
		byte[] file = this.exports.render(document, format, "Classlytics", labels.locale());
		return attachment("sample_" + reportType.apiName() + "." + format.extension(), format, file);
	}

	@Override
	public int generateTeacherWeeklyReports(LocalDate weekStart, long schoolId) {
		int written = 0;
		for (Person teacher : this.roster.peopleOfSchool(schoolId)) {
			if (teacher.role() == Role.TEACHER && teacher.active()) {
				written += this.weekly.generate(new Actor(teacher.id(), schoolId, Role.TEACHER), weekStart, null, null)
					.reportsCreated();
			}
		}
		return written;
	}

	@Override
	public int sendTeacherWeeklyDrafts(LocalDate weekStart, long schoolId) {
		int sent = 0;
		for (StoredReports.Draftee draft : this.stored.drafts(schoolId, weekStart)) {
			try {
				this.storedReports.send(new Actor(draft.teacherId(), schoolId, Role.TEACHER), draft.reportId());
				sent++;
			}
			catch (ConflictException ex) {
				// No tutor to send to, or sent meanwhile: the report stays as it is.
				log.debug("Weekly report {} not sent: {}", draft.reportId(), ex.getMessage());
			}
		}
		return sent;
	}

	private static org.classlytics.mail.Attachment attachment(String name, ExportFormat format, byte[] file) {
		return new org.classlytics.mail.Attachment(Attachment.asciiFilename(name), format.contentType(), file);
	}

}

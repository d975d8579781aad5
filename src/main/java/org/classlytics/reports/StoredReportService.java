package org.classlytics.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.classlytics.audit.AuditAction;
import org.classlytics.audit.AuditTrail;
import org.classlytics.export.Attachment;
import org.classlytics.export.ExportDocument;
import org.classlytics.export.ExportFormat;
import org.classlytics.export.ExportLabels;
import org.classlytics.export.ExportMessages;
import org.classlytics.export.Exports;
import org.classlytics.mail.ComposedMail;
import org.classlytics.mail.MailComposer;
import org.classlytics.mail.Mailer;
import org.classlytics.platform.ConflictException;
import org.classlytics.platform.ForbiddenException;
import org.classlytics.platform.NotFoundException;
import org.classlytics.platform.PageQuery;
import org.classlytics.platform.Paged;
import org.classlytics.roster.AccessPolicy;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Person;
import org.classlytics.roster.Role;
import org.classlytics.roster.Roster;
import org.classlytics.roster.School;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists, shows and sends stored teacher weekly reports.
 */
@Service
class StoredReportService {

	private final StoredReports stored;

	private final AccessPolicy policy;

	private final Roster roster;

	private final ExportMessages messages;

	private final Exports exports;

	private final MailComposer composer;

	private final Mailer mailer;

	private final AuditTrail audit;

	private final Clock clock;

	StoredReportService(StoredReports stored, AccessPolicy policy, Roster roster, ExportMessages messages,
			Exports exports, MailComposer composer, Mailer mailer, AuditTrail audit, Clock clock) {
		this.stored = stored;
		this.policy = policy;
		this.roster = roster;
		this.messages = messages;
		this.exports = exports;
		this.composer = composer;
		this.mailer = mailer;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Paged<StoredReport> list(Actor actor, LocalDate weekStart, StoredReport.Status status, PageQuery page) {
		Long teacherId = (actor.role() == Role.TEACHER) ? actor.userId() : null;
		Paged<StoredReport> reports = this.stored.list(this.policy.scopeOf(actor), teacherId, weekStart, status, page);
		this.audit.record(actor, AuditAction.VIEW, TeacherWeeklyService.KIND,
				reports.results().stream().map(StoredReport::studentId).toList());
		return reports;
	}

	@Transactional(readOnly = true)
	public StoredReport get(Actor actor, long id) {
		StoredReport report = visible(actor, id);
		this.audit.record(actor, AuditAction.VIEW, TeacherWeeklyService.KIND, List.of(report.studentId()));
		return report;
	}

	/**
	 * Emails the report, with its PDF, to the student's tutor and marks it SENT. Only the
	 * report's teacher or an admin may send.
	 */
	@Transactional
	public StoredReport send(Actor actor, long id) {
		this.policy.requireRole(actor, Role.TEACHER, Role.ADMIN);
		StoredReport report = visible(actor, id);
		if (!actor.isAdmin() && report.teacherId() != actor.userId()) {
			throw new ForbiddenException("Only the report's teacher or an admin may send it");
		}
		if (report.status() == StoredReport.Status.SENT) {
			throw new ConflictException("The report was already sent");
		}
		Person student = this.roster.person(report.studentId()).orElseThrow();
		Person tutor = (student.tutorId() != null) ? this.roster.person(student.tutorId()).orElse(null) : null;
		if (tutor == null) {
			throw new ConflictException("The student has no tutor to send the report to");
		}
		School school = this.roster.school(actor.schoolId());
		ExportLabels labels = this.messages.labels(tutor.locale(), school.locale());
		byte[] pdf = this.exports.render(document(report, labels), ExportFormat.PDF, school.name(), labels.locale());
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("report", report);
		model.put("teacherName", report.teacherName());
		model.put("sections", sections(report, labels));
		model.put("schoolName", school.name());
		ComposedMail mail = this.composer.compose("teacher-weekly-report", model, labels.locale());
		String filename = Attachment.asciiFilename(
				student.lastName() + "_" + student.firstName() + "_weekly_report_" + report.weekStart() + ".pdf");
		this.mailer.send(mail.to(school.id(), tutor.email())
			.withAttachment(new org.classlytics.mail.Attachment(filename, ExportFormat.PDF.contentType(), pdf))
			.withStudents(List.of(report.studentId())));
		if (!this.stored.markSent(id, this.clock.instant())) {
			throw new ConflictException("The report was already sent");
		}
		this.audit.record(actor, AuditAction.EMAIL, TeacherWeeklyService.KIND, List.of(report.studentId()));
		return this.stored.find(id).orElseThrow().report();
	}

	/**
	 * The report when the caller may see it: their school, and a student in their reach
	 * or a report they wrote; else 404.
	 */
	private StoredReport visible(Actor actor, long id) {
		StoredReports.Located located = this.stored.find(id)
			.filter((r) -> r.schoolId() == actor.schoolId())
			.orElseThrow(() -> NotFoundException.of("Report", id));
		StoredReport report = located.report();
		boolean own = actor.role() == Role.TEACHER && report.teacherId() == actor.userId();
		if (!own && !this.policy.canSeeStudent(actor, report.studentId())) {
			throw NotFoundException.of("Report", id);
		}
		return report;
	}

	record MailSection(String heading, List<String> lines) {

	}

	static List<MailSection> sections(StoredReport report, ExportLabels labels) {
		return List.of(new MailSection(labels.get("reports.mail.weekly.summary"), List.of(report.summary())),
				new MailSection(labels.get("reports.mail.weekly.academic-progress"),
						List.of(report.academicProgress())),
				new MailSection(labels.get("reports.mail.weekly.performance-notes"), lines(report.performanceNotes())),
				new MailSection(labels.get("reports.mail.weekly.achievements"), lines(report.achievements())),
				new MailSection(labels.get("reports.mail.weekly.concerns"), lines(report.concerns())),
				new MailSection(labels.get("reports.mail.weekly.recommendations"), lines(report.recommendations())));
	}

	static ExportDocument document(StoredReport report, ExportLabels labels) {
		ExportDocument.Builder builder = ExportDocument.builder(labels.get("reports.teacher-weekly.title"))
			.title(report.title(), report.teacherName());
		for (MailSection section : sections(report, labels)) {
			builder.notes(section.heading(), section.lines());
		}
		return builder.build();
	}

	private static List<String> lines(String text) {
		return Arrays.asList(text.split("\n"));
	}

}

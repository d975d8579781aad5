package org.classlytics.delivery;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.classlytics.export.ExportFormat;
import org.classlytics.mail.Attachment;

/**
 * The reports that delivery sends, provided by the reports module. Delivery needs exactly
 * one bean of this type; without one, every run fails with "no report renderer".
 */
public interface ScheduledReports {

	/**
	 * Renders one recipient's report, with the recipient's permissions.
	 * @return the file to attach (a name without a path, the media type of
	 * {@link ExportFormat#contentType()} and the bytes) and the students it shows
	 * @throws ReportGenerationFailed when the report cannot be built (any other runtime
	 * exception is treated the same way)
	 */
	RenderedReport render(ReportRequest request);

	/**
	 * What decides the content of a recipient's report, as a value with {@code equals}:
	 * two requests of one run with equal keys would get the same file, so the run renders
	 * it once and attaches it to each of their emails. Empty when the content depends on
	 * the recipient beyond the key's parts (the report is then rendered for them alone),
	 * which is the default.
	 */
	default Optional<Object> contentKey(ReportRequest request) {
		return Optional.empty();
	}

	/**
	 * A report of the given type filled with made-up sample data, never real students.
	 * Used by {@code test_email}.
	 */
	Attachment renderSample(ReportType reportType, ExportFormat format, Locale locale);

	/**
	 * Stores the teacher weekly reports of a school for the week starting on the Monday
	 * {@code weekStart}, as {@code generate_now} does for each teacher.
	 * @return how many reports were created or refreshed
	 */
	int generateTeacherWeeklyReports(LocalDate weekStart, long schoolId);

	/**
	 * Emails the school's DRAFT teacher weekly reports of that week to the students'
	 * tutors and marks them SENT; reports of students without a tutor stay DRAFT.
	 * @return how many reports were sent
	 */
	int sendTeacherWeeklyDrafts(LocalDate weekStart, long schoolId);

}

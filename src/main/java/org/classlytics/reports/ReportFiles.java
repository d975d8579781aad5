package org.classlytics.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.classlytics.platform.InvalidInputException;
import org.classlytics.roster.Actor;

import org.springframework.stereotype.Service;

/**
 * The report files other modules (the web UI) may hand out: the same downloads as the
 * API's, with the same reach checks and EXPORT audit entries. Only real files (PDF, CSV,
 * XLSX); JSON is the API's business.
 */
@Service
public class ReportFiles {

	private static final List<String> FORMATS = List.of("pdf", "csv", "xlsx");

	private final DownloadService downloads;

	ReportFiles(DownloadService downloads) {
		this.downloads = downloads;
	}

	/**
	 * A student's performance report from {@code from} to {@code to} inclusive.
	 */
	public ReportFile studentPerformance(Actor actor, long studentId, LocalDate from, LocalDate to, String format) {
		return file(this.downloads.studentPerformance(actor, studentId, from, to, fileFormat(format)));
	}

	/**
	 * A teacher's class report of a week (their own; an admin names the teacher).
	 */
	public ReportFile teacherWeekly(Actor actor, Long teacherId, LocalDate weekStart, Long subjectId, String format) {
		return file(this.downloads.teacherWeekly(actor, teacherId, weekStart, subjectId, fileFormat(format)));
	}

	private static String fileFormat(String format) {
		String kind = (format != null) ? format.strip().toLowerCase(Locale.ROOT) : "";
		if (!FORMATS.contains(kind)) {
			throw InvalidInputException.field("format", "must be one of " + String.join(", ", FORMATS));
		}
		return kind;
	}

	private static ReportFile file(DownloadService.Download download) {
		return new ReportFile((byte[]) download.body(), download.contentType(), download.filename());
	}

	/**
	 * A file to send: its bytes, media type and file name.
	 */
	public record ReportFile(byte[] content, String contentType, String filename) {

	}

}

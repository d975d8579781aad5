package org.classlytics.reports;

import java.time.LocalDate;
import java.util.List;

import org.classlytics.roster.Actor;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationContext;

/**
 * The benchmark harness's way into the reports module (its services are package-private):
 * the same calls the controllers make, in process, so that a measurement is the report's
 * cost without HTTP. Not used by the application or the tests.
 */
public final class ReportsBench {

	private final TeacherWeeklyService weekly;

	private final StudentPerformanceService performance;

	private final BulkReports bulk;

	private final DownloadService downloads;

	private final ReportCache cache;

	private final JsonMapper json;

	public ReportsBench(ApplicationContext context) {
		this.weekly = context.getBean(TeacherWeeklyService.class);
		this.performance = context.getBean(StudentPerformanceService.class);
		this.bulk = context.getBean(BulkReports.class);
		this.downloads = context.getBean(DownloadService.class);
		this.cache = context.getBean(ReportCache.class);
		this.json = JsonMapper.builder().build();
	}

	/**
	 * GET /api/reports/teacher-weekly as the teacher; returns the number of student rows.
	 */
	public int teacherWeekly(Actor teacher, LocalDate weekStart, Long subjectId) {
		return this.weekly.live(teacher, null, weekStart, subjectId, null).students().size();
	}

	/**
	 * GET /api/reports/student-performance/{id}; returns the number of subject lines.
	 */
	public int studentPerformance(Actor viewer, long studentId, LocalDate from, LocalDate to) {
		return this.performance.view(viewer, studentId, from, to, null).subjects().size();
	}

	/**
	 * POST /api/reports/bulk/student-performance without the rate limit; returns the
	 * bytes of the reply's body (JSON written as the controller would).
	 */
	public int bulk(Actor viewer, List<Long> studentIds, LocalDate from, LocalDate to, String format) {
		return size(this.bulk.generate(viewer, studentIds, from, to, format).body());
	}

	/**
	 * POST /api/reports/student-performance/download; returns the size of the file.
	 */
	public int download(Actor viewer, long studentId, LocalDate from, LocalDate to, String format) {
		return size(this.downloads.studentPerformance(viewer, studentId, from, to, format).body());
	}

	/**
	 * Empties the report cache of a school, so that the next call computes.
	 */
	public void evict(long schoolId) {
		this.cache.evictSchool(schoolId);
	}

	private int size(Object body) {
		if (body instanceof byte[] bytes) {
			return bytes.length;
		}
		if (body instanceof String text) {
			return text.length();
		}
		return this.json.writeValueAsBytes(body).length;
	}

}

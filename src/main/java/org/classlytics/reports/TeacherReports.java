package org.classlytics.reports;

import java.time.LocalDate;
import java.util.List;

import org.classlytics.platform.PageQuery;
import org.classlytics.roster.Actor;

import org.springframework.stereotype.Service;

/**
 * The stored teacher weekly reports as other modules (the web UI) may use them: generate
 * a week's reports, list them, send one. The rules, reach checks and audit entries are
 * those of the API's endpoints.
 */
@Service
public class TeacherReports {

	private final TeacherWeeklyService weekly;

	private final StoredReportService stored;

	TeacherReports(TeacherWeeklyService weekly, StoredReportService stored) {
		this.weekly = weekly;
		this.stored = stored;
	}

	/**
	 * Stores (or refreshes the drafts of) the teacher's reports of a week, one per
	 * student and subject. Teachers only.
	 * @return the number of reports written
	 */
	public int generate(Actor actor, LocalDate weekStart, Long subjectId) {
		return this.weekly.generate(actor, weekStart, null, subjectId).reportsCreated();
	}

	/**
	 * The stored reports of a week the caller may see (a teacher: their own), at most
	 * {@link PageQuery#MAX_PAGE_SIZE}.
	 */
	public List<StoredReport> ofWeek(Actor actor, LocalDate weekStart) {
		return this.stored.list(actor, weekStart, null, new PageQuery(1, PageQuery.MAX_PAGE_SIZE)).results();
	}

	/**
	 * Emails a stored report to the student's tutor and marks it SENT.
	 */
	public StoredReport send(Actor actor, long reportId) {
		return this.stored.send(actor, reportId);
	}

}

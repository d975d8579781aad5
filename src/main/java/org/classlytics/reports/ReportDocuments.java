package org.classlytics.reports;

import java.util.ArrayList;
import java.util.List;

import org.classlytics.export.Column;
import org.classlytics.export.ExportDocument;
import org.classlytics.export.ExportLabels;
import org.classlytics.export.Section;
import org.classlytics.export.Sheet;
import org.classlytics.export.TrendChart;
import org.classlytics.export.TrendPoint;

/**
 * The printable and tabular forms of the reports, as export documents in the reader's
 * language. Percentages stay 0–100, as in the JSON.
 */
final class ReportDocuments {

	private ReportDocuments() {
	}

	static ExportDocument studentPerformance(StudentPerformanceReport report, ExportLabels labels, boolean printable) {
		List<Section.Entry> attendance = List.of(
				entry(Column.integer(labels.get("reports.performance.total-days")), report.attendance().totalDays()),
				entry(Column.integer(labels.get("reports.performance.present")), report.attendance().present()),
				entry(Column.integer(labels.get("reports.performance.late")), report.attendance().late()),
				entry(Column.integer(labels.get("reports.performance.absent")), report.attendance().absent()),
				entry(Column.integer(labels.get("reports.performance.excused")), report.attendance().excused()),
				entry(Column.percentage(labels.get("reports.performance.attendance-rate"), 2),
						report.attendance().attendanceRate()));
		List<Section.Entry> grades = List.of(
				entry(Column.integer(labels.get("reports.performance.total-graded")), report.grades().totalGraded()),
				entry(Column.percentage(labels.get("reports.performance.average"), 2),
						report.grades().averagePercentage()),
				entry(Column.percentage(labels.get("reports.performance.highest"), 2),
						report.grades().highestPercentage()),
				entry(Column.percentage(labels.get("reports.performance.lowest"), 2),
						report.grades().lowestPercentage()),
				entry(Column.text(labels.get("reports.performance.trend")),
						labels.get("reports.trend." + report.grades().trend())));
		// A4 holds about eight columns: the printable table leaves the code out.
		Sheet.Builder subjects = Sheet.builder(labels.get("reports.performance.subjects"))
			.column(Column.text(labels.get("reports.performance.subject")));
		if (!printable) {
			subjects.column(Column.text(labels.get("reports.performance.code")));
		}
		subjects.columns(Column.text(labels.get("reports.performance.teacher")),
				Column.integer(labels.get("reports.performance.total-graded")),
				Column.percentage(labels.get("reports.performance.average"), 2),
				Column.text(labels.get("reports.performance.trend")),
				Column.integer(labels.get("reports.performance.assignments-due")),
				Column.integer(labels.get("reports.performance.submitted")),
				Column.percentage(labels.get("reports.performance.submission-rate"), 2));
		for (StudentPerformanceReport.SubjectLine s : report.subjects()) {
			List<Object> row = new ArrayList<>();
			row.add(s.subjectName());
			if (!printable) {
				row.add(s.subjectCode());
			}
			row.addAll(java.util.Arrays.asList(s.teacherName(), s.gradedCount(), s.averagePercentage(),
					labels.get("reports.trend." + s.trend()), s.assignmentsDue(), s.assignmentsSubmitted(),
					s.submissionRate()));
			subjects.row(row);
		}
		Sheet.Builder weeks = Sheet.builder(labels.get("reports.performance.weekly-trend"))
			.columns(Column.text(labels.get("reports.performance.week")),
					Column.date(labels.get("reports.performance.week-start")),
					Column.percentage(labels.get("reports.performance.overall"), 2),
					Column.percentage(labels.get("reports.performance.quizzes"), 2),
					Column.percentage(labels.get("reports.performance.assignments"), 2),
					Column.integer(labels.get("reports.performance.quiz-count")),
					Column.integer(labels.get("reports.performance.assignment-count")));
		List<TrendPoint> points = new ArrayList<>();
		for (StudentPerformanceReport.WeekLine w : report.weeklyTrend()) {
			weeks.row(w.week(), w.weekStart(), w.overallAvg(), w.quizAvg(), w.assignmentAvg(), w.quizCount(),
					w.assignmentCount());
			points.add(new TrendPoint(w.week(), w.overallAvg(), w.quizAvg(), w.assignmentAvg()));
		}
		ExportDocument.Builder document = ExportDocument.builder(labels.get("reports.performance.title"))
			.title(labels.get("reports.performance.title"),
					labels.get("reports.performance.subtitle", report.student().name(), report.from().toString(),
							report.to().toString()))
			.summary(labels.get("reports.performance.attendance"), attendance)
			.summary(labels.get("reports.performance.grades"), grades);
		if (printable) {
			// Only a PDF shows the chart; drawing it for a CSV or XLSX took longer than
			// the report itself.
			document.chart(labels.get("reports.performance.weekly-trend"),
					TrendChart.weekly(points, labels.trendChart()));
		}
		return document.table(labels.get("reports.performance.subjects"), subjects.build())
			.table(labels.get("reports.performance.weekly-trend"), weeks.build())
			.notes(labels.get("reports.recommendations"), report.recommendations())
			.build();
	}

	static ExportDocument teacherWeekly(TeacherWeeklyReport report, ExportLabels labels, boolean printable) {
		TeacherWeeklyReport.Statistics stats = report.statistics();
		List<Section.Entry> statistics = new ArrayList<>(List.of(
				entry(Column.integer(labels.get("reports.statistics.total-students")), stats.totalStudents()),
				entry(Column.integer(labels.get("reports.statistics.active-students")), stats.activeStudents()),
				entry(Column.percentage(labels.get("reports.statistics.class-average"), 2), stats.classAverageScore()),
				entry(Column.percentage(labels.get("reports.statistics.class-submission-rate"), 2),
						stats.classSubmissionRate()),
				entry(Column.percentage(labels.get("reports.statistics.highest"), 2), stats.highestScore()),
				entry(Column.percentage(labels.get("reports.statistics.lowest"), 2), stats.lowestScore()),
				entry(Column.integer(labels.get("reports.statistics.concerns")),
						report.summary().studentsWithConcerns()),
				entry(Column.integer(labels.get("reports.statistics.top")), report.summary().topPerformers())));
		for (Engagement level : Engagement.values()) {
			statistics.add(entry(Column.integer(labels.get("reports.engagement." + level.name())),
					stats.engagementDistribution().get(level.label())));
		}
		Column student = Column.text(labels.get("reports.column.student"));
		List<Column> columns = List.of(Column.integer(labels.get("reports.column.assignments-total")),
				Column.integer(labels.get("reports.column.assignments-completed")),
				Column.integer(labels.get("reports.column.on-time")), Column.integer(labels.get("reports.column.late")),
				Column.percentage(labels.get("reports.column.submission-rate"), 2),
				Column.integer(labels.get("reports.column.assignments-graded")),
				Column.percentage(labels.get("reports.column.average-score"), 2),
				Column.integer(labels.get("reports.column.feedback-given")),
				Column.integer(labels.get("reports.column.feedback-quality")),
				Column.integer(labels.get("reports.column.materials-assigned")),
				Column.integer(labels.get("reports.column.materials-completed")),
				Column.percentage(labels.get("reports.column.learning-progress"), 2),
				Column.percentage(labels.get("reports.column.attendance"), 2),
				Column.integer(labels.get("reports.column.chat-sent")),
				Column.integer(labels.get("reports.column.chat-received")),
				Column.decimal(labels.get("reports.column.chat-participation"), 2),
				Column.decimal(labels.get("reports.column.time-spent"), 2),
				Column.integer(labels.get("reports.column.engagement-points")),
				Column.text(labels.get("reports.column.engagement")));
		List<List<Object>> values = report.students()
			.stream()
			.map((s) -> java.util.Arrays.<Object>asList(s.assignmentsTotal(), s.assignmentsCompleted(),
					s.onTimeSubmissions(), s.lateSubmissions(), s.submissionRate(), s.assignmentsGraded(),
					s.averageScore(), s.feedbackGiven(), s.feedbackQualityScore(), s.materialsAssigned(),
					s.materialsCompleted(), s.learningProgress(), s.attendancePercentage(), s.chatMessagesSent(),
					s.chatMessagesReceived(), s.chatParticipation(), s.timeSpentHours(), s.engagementPoints(),
					labels.get("reports.engagement." + s.engagementLevel().name())))
			.toList();
		ExportDocument.Builder document = ExportDocument.builder(labels.get("reports.teacher-weekly.title"))
			.title(labels.get("reports.teacher-weekly.title"),
					labels.get("reports.teacher-weekly.subtitle", report.teacherName(), report.weekStart().toString(),
							report.weekEnd().toString()))
			.summary(labels.get("reports.teacher-weekly.statistics"), statistics);
		if (printable) {
			// A4 holds about eight columns: the students' lines go in three tables.
			String[] headings = { "reports.teacher-weekly.work", "reports.teacher-weekly.materials",
					"reports.teacher-weekly.activity" };
			int[] bounds = { 0, 7, 13, columns.size() };
			for (int part = 0; part < headings.length; part++) {
				String heading = labels.get(headings[part]);
				document.table(heading,
						studentSheet(heading, student, columns, values, bounds[part], bounds[part + 1], report));
			}
		}
		else {
			String heading = labels.get("reports.teacher-weekly.students");
			document.table(heading, studentSheet(heading, student, columns, values, 0, columns.size(), report));
		}
		return document.notes(labels.get("reports.recommendations"), report.recommendations()).build();
	}

	private static Sheet studentSheet(String name, Column student, List<Column> columns, List<List<Object>> values,
			int from, int to, TeacherWeeklyReport report) {
		Sheet.Builder sheet = Sheet.builder(name).column(student);
		columns.subList(from, to).forEach(sheet::column);
		for (int i = 0; i < values.size(); i++) {
			List<Object> row = new ArrayList<>();
			row.add(report.students().get(i).studentName());
			row.addAll(values.get(i).subList(from, to));
			sheet.row(row);
		}
		return sheet.build();
	}

	private static Section.Entry entry(Column column, Object value) {
		return new Section.Entry(column, value);
	}

}

package org.classlytics.coursework;

import java.util.List;

/**
 * Students' graded items and assignments due over a period, read in one statement: the
 * coursework of a student performance report, for any teacher and subject.
 *
 * @param graded the graded submissions and attempts, by student, then oldest first (by
 * instant, submissions before attempts, then id)
 * @param due the assignments due per student and subject, by student and subject
 */
public record StudentWork(List<GradedWork> graded, List<DueCount> due) {

}

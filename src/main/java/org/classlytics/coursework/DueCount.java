package org.classlytics.coursework;

/**
 * How many assignments of a subject were due for a student in a period, and how many of
 * them the student submitted.
 */
public record DueCount(long studentId, long subjectId, int due, int submitted) {

}

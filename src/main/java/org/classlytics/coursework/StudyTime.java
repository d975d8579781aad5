package org.classlytics.coursework;

/**
 * The study time of a student in a subject over a period, in seconds.
 */
public record StudyTime(long studentId, long subjectId, long seconds) {

}

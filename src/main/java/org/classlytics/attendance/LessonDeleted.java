package org.classlytics.attendance;

public record LessonDeleted(LessonFacts lesson) {

}

package org.classlytics.attendance;

/**
 * A lesson was created or changed; {@code previous} is null on creation. A change can
 * move a lesson to another teacher or week, so consumers update both states.
 */
public record LessonSaved(LessonFacts lesson, LessonFacts previous) {

}

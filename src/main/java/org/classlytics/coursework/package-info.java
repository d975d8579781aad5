/**
 * Assignments, submissions, quizzes and their attempts, materials with progress, and
 * study time: the sources of truth every grade and activity figure is derived from.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Coursework")
package org.classlytics.coursework;

package org.classlytics.coursework;

/**
 * A student's progress on a material was recorded; {@code previous} is the replaced
 * state, or null for the first.
 */
public record MaterialProgressRecorded(MaterialProgressFacts progress, MaterialProgressFacts previous) {

}

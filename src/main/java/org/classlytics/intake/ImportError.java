package org.classlytics.intake;

/**
 * One problem of an imported file.
 *
 * @param line the line of the file, 1 being the header
 * @param field the column (or, in a OneRoster zip, {@code file.csv:column})
 */
public record ImportError(long line, String field, String message) {

}

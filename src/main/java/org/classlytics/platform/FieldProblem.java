package org.classlytics.platform;

/**
 * One rule an input field broke, reported in a problem's {@code errors} list.
 *
 * @param field the field as the client spells it (snake_case)
 * @param message what is wrong with it
 */
public record FieldProblem(String field, String message) {

}

package org.classlytics.coursework;

/**
 * A material was created and assigned to its students.
 */
public record MaterialAssigned(MaterialFacts material) {

}

package org.classlytics.coursework;

/**
 * A material's title or students changed.
 */
public record MaterialChanged(MaterialFacts material, MaterialFacts previous) {

}

package org.classlytics.coursework;

/**
 * What a rebuild of the material totals changed: stored rows of {@code material_totals}
 * and {@code material_completions} created, updated and deleted (all 0 when the stored
 * rows were right).
 */
public record MaterialTotalsRepair(int created, int updated, int deleted) {

}

/**
 * Bulk import: CSV files per record kind and OneRoster 1.2 zips, streamed in chunks,
 * checked whole and written all-or-nothing through the owning modules' batch methods.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package org.classlytics.intake;

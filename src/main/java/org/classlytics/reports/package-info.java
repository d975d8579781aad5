/**
 * Reports: the teacher weekly class report and its stored per-student reports, the
 * student performance report, and their downloads.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package org.classlytics.reports;

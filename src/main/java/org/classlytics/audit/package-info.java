/**
 * The audit trail: who saw, exported or emailed which students' data, and when.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.classlytics.audit;

/**
 * Payments received for students: the source of revenue in school health.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payments")
package org.classlytics.payments;

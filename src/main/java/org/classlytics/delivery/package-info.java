/**
 * Scheduled report delivery: schedules, recipients, executions, exactly-once emails,
 * unsubscribe and the weekly teacher pipeline.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Delivery")
package org.classlytics.delivery;

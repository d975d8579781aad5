/**
 * Analytics: facts kept from the intake events and the derived records of metrics.md
 * (weekly, daily, term and teacher figures, early warning, school health), with the
 * recompute that checks them against a rebuild.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics")
package org.classlytics.analytics;

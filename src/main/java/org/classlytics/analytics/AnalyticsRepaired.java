package org.classlytics.analytics;

/**
 * A recompute repaired derived rows of a school (published in its transaction, only when
 * something was repaired): anything computed from the old rows is stale.
 *
 * @param schoolId the school
 * @param repairedRows how many rows the repair created, updated or deleted
 */
public record AnalyticsRepaired(long schoolId, int repairedRows) {

}

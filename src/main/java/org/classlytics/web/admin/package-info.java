/**
 * The administrators' pages of the web UI: school health, report schedules, the outbox,
 * the audit log, recompute and bulk report downloads. Each page asks the shared access
 * policy first and reads through the owning module's public facade.
 */
package org.classlytics.web.admin;

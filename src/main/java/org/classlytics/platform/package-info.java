/**
 * The shared vocabulary every module speaks: problems, pages and the local calendar.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.classlytics.platform;

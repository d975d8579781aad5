/**
 * Daily attendance, lessons taught and behaviour entries: the classroom activity that
 * analytics turns into attendance rates, classes taught and daily behaviour scores.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attendance")
package org.classlytics.attendance;

package org.classlytics.roster;

public record EnrollmentDeleted(Enrollment enrollment) {

}

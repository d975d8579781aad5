package org.classlytics.roster;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One guardian of a student, kept with the student's aggregate.
 */
@Table("student_guardians")
record GuardianLink(long guardianId) {

}

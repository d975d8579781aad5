package org.classlytics.coursework;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One student an assignment is assigned to, kept with the assignment's aggregate.
 */
@Table("assignment_students")
record AssignedStudent(long studentId, long schoolId) {

}

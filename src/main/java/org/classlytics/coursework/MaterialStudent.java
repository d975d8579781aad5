package org.classlytics.coursework;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One student a material is assigned to, kept with the material's aggregate.
 */
@Table("material_students")
record MaterialStudent(long studentId, long schoolId) {

}

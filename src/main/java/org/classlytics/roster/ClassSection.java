package org.classlytics.roster;

public record ClassSection(long id, long schoolId, String name, Integer gradeLevel) {

}

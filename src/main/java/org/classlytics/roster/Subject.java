package org.classlytics.roster;

public record Subject(long id, long schoolId, String name, String code) {

}

package org.classlytics.roster;

/**
 * What a person is to the school; decides which functions they have at all.
 */
public enum Role {

	ADMIN, TEACHER, TUTOR, PARENT, STUDENT

}

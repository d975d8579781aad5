package org.classlytics.roster;

/**
 * A person was registered or changed (names, class, tutor, active). Carries the class
 * before and after, because a move changes the class ranks of both classes.
 */
public record PersonSaved(long userId, long schoolId, Role role, boolean active, Long classSectionId,
		Long previousClassSectionId, Long tutorId, boolean created) {

	public boolean classChanged() {
		return !java.util.Objects.equals(this.classSectionId, this.previousClassSectionId);
	}

}

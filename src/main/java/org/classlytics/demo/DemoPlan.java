package org.classlytics.demo;

import java.time.Instant;

/**
 * What to generate: a school of {@code students} students whose activity runs up to
 * {@code asOf}. The same plan always gives the same school.
 *
 * @param students the number of students (classes, teachers and tutors scale with it)
 * @param seed the seed of every random choice
 * @param schoolName the school's name
 * @param emailDomain the domain of every account; null for one made from the school's id
 * @param asOf the instant the school's history ends; nothing happens after it
 */
public record DemoPlan(int students, long seed, String schoolName, String emailDomain, Instant asOf) {

	public static final int MAX_STUDENTS = 200_000;

	public DemoPlan {
		if (students < 1 || students > MAX_STUDENTS) {
			throw new IllegalArgumentException("students must be between 1 and " + MAX_STUDENTS);
		}
		if (schoolName == null || schoolName.isBlank()) {
			throw new IllegalArgumentException("schoolName must not be blank");
		}
		if (asOf == null) {
			throw new IllegalArgumentException("asOf must be given");
		}
	}

}

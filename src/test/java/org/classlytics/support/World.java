package org.classlytics.support;

import java.util.LinkedHashMap;
import java.util.Map;

import org.classlytics.roster.ClassSection;
import org.classlytics.roster.Person;
import org.classlytics.roster.Subject;

/**
 * The cast of every authorization test: one school with two classrooms, so that each role
 * has an object of its own and a foreign one, plus the admin of another school.
 *
 * <ul>
 * <li>teacherA teaches studentX; teacherB teaches studentY (both in
 * {@code subject});</li>
 * <li>tutorX and parentX belong to studentX; tutorY and parentY to studentY;</li>
 * <li>outsider is the admin of a different school.</li>
 * </ul>
 */
public record World(Fixtures.TestSchool school, Subject subject, ClassSection classSection, Person admin,
		Person teacherA, Person teacherB, Person tutorX, Person tutorY, Person parentX, Person parentY, Person studentX,
		Person studentY, Person outsider, Map<String, String> tokens) {

	public static World create(Fixtures fixtures) {
		Fixtures.TestSchool school = fixtures.school("Europe/Athens");
		Subject subject = school.subject("Mathematics", "MATH");
		ClassSection classSection = school.classSection("9A");
		Person teacherA = school.teacher("Alice", "Anders");
		Person teacherB = school.teacher("Bob", "Brown");
		Person tutorX = school.tutor("Tom", "Xenos");
		Person tutorY = school.tutor("Tina", "Young");
		Person parentX = school.parent("Paula", "Xenos");
		Person parentY = school.parent("Peter", "Young");
		Person studentX = school.student("Xena", "Xenos", classSection, tutorX, parentX);
		Person studentY = school.student("Yuri", "Young", classSection, tutorY, parentY);
		school.enroll(studentX, teacherA, subject);
		school.enroll(studentY, teacherB, subject);
		Fixtures.TestSchool other = fixtures.school();
		Person outsider = other.admin();
		Map<String, String> tokens = new LinkedHashMap<>();
		tokens.put("admin", school.tokenOf(school.admin()));
		tokens.put("teacherA", school.tokenOf(teacherA));
		tokens.put("teacherB", school.tokenOf(teacherB));
		tokens.put("tutorX", school.tokenOf(tutorX));
		tokens.put("tutorY", school.tokenOf(tutorY));
		tokens.put("parentX", school.tokenOf(parentX));
		tokens.put("parentY", school.tokenOf(parentY));
		tokens.put("studentX", school.tokenOf(studentX));
		tokens.put("studentY", school.tokenOf(studentY));
		tokens.put("outsider", other.tokenOf(outsider));
		return new World(school, subject, classSection, school.admin(), teacherA, teacherB, tutorX, tutorY, parentX,
				parentY, studentX, studentY, outsider, Map.copyOf(tokens));
	}

	/**
	 * The person behind a caller name of {@link AccessMatrix#CALLERS}.
	 */
	public Person person(String who) {
		return switch (who) {
			case "admin" -> this.admin;
			case "teacherA" -> this.teacherA;
			case "teacherB" -> this.teacherB;
			case "tutorX" -> this.tutorX;
			case "tutorY" -> this.tutorY;
			case "parentX" -> this.parentX;
			case "parentY" -> this.parentY;
			case "studentX" -> this.studentX;
			case "studentY" -> this.studentY;
			case "outsider" -> this.outsider;
			default -> throw new IllegalArgumentException("No one called " + who + " in the world");
		};
	}

	public String token(String who) {
		String token = this.tokens.get(who);
		if (token == null) {
			throw new IllegalArgumentException("No one called " + who + " in the world");
		}
		return token;
	}

}

package org.classlytics.roster;

import java.util.List;

import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.support.Api.body;

@IntegrationTest
class RosterApiTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	private World w;

	private Api.Caller admin;

	@BeforeEach
	void setUp() {
		this.w = World.create(this.fixtures);
		this.admin = this.api.as(this.w.token("admin"));
	}

	@Test
	void registersAStudentWithClassTutorAndGuardians() {
		Api.Reply reply = this.admin.post("/api/users",
				body("email", "Nina.New@Example.ORG", "password", "secret-pass-1", "first_name", "Nina", "last_name",
						"New", "role", "STUDENT", "locale", "el", "class_id", this.w.classSection().id(), "tutor_id",
						this.w.tutorX().id(), "guardian_ids", List.of(this.w.parentX().id())));

		assertThat(reply.status()).isEqualTo(201);
		JsonNode user = reply.json();
		assertThat(user.get("email").asString()).isEqualTo("nina.new@example.org");
		assertThat(user.get("role").asString()).isEqualTo("STUDENT");
		assertThat(user.get("school_id").asLong()).isEqualTo(this.w.school().id());
		assertThat(user.get("class_id").asLong()).isEqualTo(this.w.classSection().id());
		assertThat(user.get("tutor_id").asLong()).isEqualTo(this.w.tutorX().id());
		assertThat(user.get("guardian_ids").get(0).asLong()).isEqualTo(this.w.parentX().id());
		assertThat(user.get("locale").asString()).isEqualTo("el");
		assertThat(user.get("active").asBoolean()).isTrue();
		assertThat(user.has("password")).isFalse();
		assertThat(user.has("password_hash")).isFalse();
	}

	@Test
	void signsInWithTheRegisteredPassword() {
		this.admin.post("/api/users", body("email", "sign.in@test.classlytics.org", "password", "secret-pass-1",
				"first_name", "Sig", "last_name", "Nin", "role", "TUTOR"));

		Api.Reply reply = this.api.anonymous()
			.post("/api/auth/token", body("email", "SIGN.IN@test.classlytics.org", "password", "secret-pass-1"));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("user").get("role").asString()).isEqualTo("TUTOR");
	}

	@Test
	void refusesADuplicateEmailWhateverItsCase() {
		String email = this.w.teacherA().email().toUpperCase();
		Api.Reply reply = this.admin.post("/api/users", body("email", email, "password", "secret-pass-1", "first_name",
				"Dup", "last_name", "Licate", "role", "TEACHER"));

		assertThat(reply.status()).isEqualTo(409);
		assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
		assertThat(reply.json().get("detail").asString()).contains("already exists");
	}

	@Test
	void namesEveryMissingField() {
		Api.Reply reply = this.admin.post("/api/users", body("email", "x@test.classlytics.org", "role", "TEACHER"));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(fields(reply)).containsExactlyInAnyOrder("password", "first_name", "last_name");
	}

	@Test
	void refusesAnUnknownRole() {
		Api.Reply reply = this.admin.post("/api/users", body("email", "r@test.classlytics.org", "password",
				"secret-pass-1", "first_name", "R", "last_name", "R", "role", "JANITOR"));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(fields(reply)).containsExactly("role");
		assertThat(reply.json().get("errors").get(0).get("message").asString())
			.isEqualTo("must be one of ADMIN, TEACHER, TUTOR, PARENT, STUDENT");
	}

	@Test
	void refusesMalformedJson() {
		Api.Reply reply = this.admin.send("POST", "/api/terms", "{\"name\": \"T\",", "application/json");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("detail").asString()).startsWith("Malformed JSON");
		assertThat(termNames()).isEmpty();
	}

	@Test
	void refusesABadDate() {
		Api.Reply reply = this.admin.post("/api/terms",
				body("name", "T", "start_date", "2025-02-30", "end_date", "2025-06-30"));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(fields(reply)).containsExactly("start_date");
		assertThat(termNames()).isEmpty();
	}

	@Test
	void refusesATermThatEndsBeforeItStarts() {
		Api.Reply reply = this.admin.post("/api/terms",
				body("name", "T", "start_date", "2025-06-30", "end_date", "2025-02-01"));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(fields(reply)).containsExactly("end_date");
	}

	@Test
	void refusesOverlappingTerms() {
		assertThat(this.admin
			.post("/api/terms", body("name", "Autumn", "start_date", "2024-09-01", "end_date", "2025-01-31"))
			.status()).isEqualTo(201);

		Api.Reply reply = this.admin.post("/api/terms",
				body("name", "Spring", "start_date", "2025-01-31", "end_date", "2025-06-30"));

		assertThat(reply.status()).isEqualTo(409);
		assertThat(termNames()).containsExactly("Autumn");
	}

	@Test
	void refusesToEnrollANonTeacherAsTeacher() {
		Api.Reply reply = this.admin.post("/api/enrollments",
				body("student_id", this.w.studentX().id(), "teacher_id", this.w.tutorX().id(), "subject_id",
						this.w.school().subject("Art", "ART").id(), "start_date", "2024-09-01"));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(fields(reply)).containsExactly("teacher_id");
		assertThat(reply.json().get("errors").get(0).get("message").asString())
			.isEqualTo("user " + this.w.tutorX().id() + " is not a teacher");
	}

	@Test
	void keepsOneActiveEnrollmentPerStudentAndSubject() {
		Api.Reply reply = this.admin.post("/api/enrollments", body("student_id", this.w.studentX().id(), "teacher_id",
				this.w.teacherB().id(), "subject_id", this.w.subject().id(), "start_date", "2024-09-01"));

		assertThat(reply.status()).isEqualTo(409);
	}

	@Test
	void endingAnEnrollmentRemovesTheTeachersReach() {
		long enrollment = this.admin.get("/api/enrollments?student_id=" + this.w.studentX().id())
			.json()
			.get("results")
			.get(0)
			.get("id")
			.asLong();
		Api.Caller teacherA = this.api.as(this.w.token("teacherA"));
		assertThat(teacherA.get("/api/users/" + this.w.studentX().id()).status()).isEqualTo(200);

		Api.Reply reply = this.admin.patch("/api/enrollments/" + enrollment,
				body("active", false, "end_date", "2025-01-31"));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("active").asBoolean()).isFalse();
		assertThat(reply.json().get("end_date").asString()).isEqualTo("2025-01-31");
		assertThat(teacherA.get("/api/users/" + this.w.studentX().id()).status()).isEqualTo(404);
	}

	@Test
	void leavesAbsentPatchFieldsAlone() {
		Api.Reply placed = this.admin.patch("/api/users/" + this.w.studentX().id(), body("locale", "ru"));
		assertThat(placed.json().get("locale").asString()).isEqualTo("ru");

		Api.Reply renamed = this.admin.patch("/api/users/" + this.w.studentX().id(), body("first_name", "Xanthe"));

		assertThat(renamed.json().get("first_name").asString()).isEqualTo("Xanthe");
		assertThat(renamed.json().get("locale").asString()).isEqualTo("ru");
		assertThat(renamed.json().get("class_id").asLong()).isEqualTo(this.w.classSection().id());
		assertThat(renamed.json().get("tutor_id").asLong()).isEqualTo(this.w.tutorX().id());
	}

	@Test
	void clearsAnOptionalFieldWithAnExplicitNull() {
		Api.Reply reply = this.admin.send("PATCH", "/api/users/" + this.w.studentX().id(), "{\"tutor_id\": null}",
				"application/json");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("tutor_id").isNull()).isTrue();
		assertThat(reply.json().get("class_id").asLong()).isEqualTo(this.w.classSection().id());
	}

	@Test
	void keepsTheEndDateOfAnEnrollmentWhenItIsNotSent() {
		long enrollment = this.admin.get("/api/enrollments?student_id=" + this.w.studentX().id())
			.json()
			.get("results")
			.get(0)
			.get("id")
			.asLong();
		this.admin.patch("/api/enrollments/" + enrollment, body("end_date", "2025-06-30"));

		Api.Reply reply = this.admin.patch("/api/enrollments/" + enrollment, body("start_date", "2024-09-02"));

		assertThat(reply.json().get("start_date").asString()).isEqualTo("2024-09-02");
		assertThat(reply.json().get("end_date").asString()).isEqualTo("2025-06-30");
	}

	@Test
	void ignoresARoleInASelfUpdate() {
		Api.Caller student = this.api.as(this.w.token("studentX"));

		Api.Reply reply = student.patch("/api/users/" + this.w.studentX().id(),
				body("first_name", "Xenia", "role", "ADMIN", "active", false, "id", 999, "school_id", 999));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("first_name").asString()).isEqualTo("Xenia");
		assertThat(reply.json().get("role").asString()).isEqualTo("STUDENT");
		assertThat(reply.json().get("active").asBoolean()).isTrue();
		assertThat(reply.json().get("id").asLong()).isEqualTo(this.w.studentX().id());
		assertThat(reply.json().get("school_id").asLong()).isEqualTo(this.w.school().id());
		assertThat(student.get("/api/users").json().get("results").get(0).get("role").asString()).isEqualTo("STUDENT");
	}

	@Test
	void refusesAnOversizedBody() {
		String huge = "{\"name\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";

		Api.Reply reply = this.admin.send("POST", "/api/subjects", huge, "application/json");

		assertThat(reply.status()).isEqualTo(413);
		assertThat(this.admin.get("/api/subjects").json().get("count").asInt()).isEqualTo(1);
	}

	@Test
	void acceptsATrailingSlash() {
		Api.Reply reply = this.admin.get("/api/subjects/");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("results").get(0).get("code").asString()).isEqualTo("MATH");
	}

	@Test
	void pagesLists() {
		for (int i = 1; i <= 5; i++) {
			this.w.school().subject("Subject " + i, "S" + i);
		}

		JsonNode page = this.admin.get("/api/subjects?page=2&page_size=2").json();

		assertThat(page.get("count").asInt()).isEqualTo(6);
		assertThat(page.get("results")).extracting((node) -> node.get("code").asString()).containsExactly("S2", "S3");
		assertThat(this.admin.get("/api/subjects?page_size=201").status()).isEqualTo(400);
		assertThat(this.admin.get("/api/subjects?page=x").status()).isEqualTo(400);
	}

	@Test
	void listsOnlyThePeopleInReach() {
		assertThat(emails("teacherA")).containsExactlyInAnyOrder(this.w.teacherA().email(), this.w.studentX().email(),
				this.w.parentX().email());
		assertThat(emails("tutorY")).containsExactlyInAnyOrder(this.w.tutorY().email(), this.w.studentY().email(),
				this.w.parentY().email());
		assertThat(emails("parentX")).containsExactlyInAnyOrder(this.w.parentX().email(), this.w.studentX().email());
		assertThat(emails("studentY")).containsExactly(this.w.studentY().email());
		assertThat(emails("admin")).hasSize(9);
	}

	@Test
	void filtersUsersByRoleAndClass() {
		JsonNode students = this.admin.get("/api/users?role=STUDENT&class_id=" + this.w.classSection().id()).json();

		assertThat(students.get("count").asInt()).isEqualTo(2);
		assertThat(students.get("results")).extracting((node) -> node.get("last_name").asString())
			.containsExactly("Xenos", "Young");
	}

	@Test
	void replacesGuardians() {
		Api.Reply reply = this.admin.put("/api/students/" + this.w.studentX().id() + "/guardians",
				body("guardian_ids", List.of(this.w.parentY().id())));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("guardian_ids")).extracting(JsonNode::asLong)
			.containsExactly(this.w.parentY().id());
		assertThat(this.api.as(this.w.token("parentX")).get("/api/users/" + this.w.studentX().id()).status())
			.isEqualTo(404);
		assertThat(this.api.as(this.w.token("parentY")).get("/api/users/" + this.w.studentX().id()).status())
			.isEqualTo(200);
	}

	@Test
	void refusesAGuardianWhoIsNotAParent() {
		Api.Reply reply = this.admin.put("/api/students/" + this.w.studentX().id() + "/guardians",
				body("guardian_ids", List.of(this.w.teacherA().id())));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(fields(reply)).containsExactly("guardian_ids");
	}

	@Test
	void deactivatedPeopleCanNoLongerUseTheirToken() {
		Api.Caller tutor = this.api.as(this.w.token("tutorX"));
		assertThat(tutor.get("/api/me").status()).isEqualTo(200);

		assertThat(this.admin.delete("/api/users/" + this.w.tutorX().id()).status()).isEqualTo(204);

		assertThat(tutor.get("/api/me").status()).isEqualTo(401);
		assertThat(this.admin.get("/api/users/" + this.w.tutorX().id()).json().get("active").asBoolean()).isFalse();
	}

	@Test
	void changesTheSchoolsTimeZone() {
		Api.Reply reply = this.admin.patch("/api/schools/" + this.w.school().id(),
				body("time_zone", "America/New_York"));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("time_zone").asString()).isEqualTo("America/New_York");
		assertThat(this.admin.patch("/api/schools/" + this.w.school().id(), body("time_zone", "Mars/Olympus")).status())
			.isEqualTo(400);
	}

	private List<String> emails(String caller) {
		JsonNode page = this.api.as(this.w.token(caller)).get("/api/users").json();
		return page.get("results").valueStream().map((node) -> node.get("email").asString()).toList();
	}

	private List<String> termNames() {
		return this.admin.get("/api/terms")
			.json()
			.get("results")
			.valueStream()
			.map((node) -> node.get("name").asString())
			.toList();
	}

	private static List<String> fields(Api.Reply reply) {
		return reply.json().get("errors").valueStream().map((node) -> node.get("field").asString()).toList();
	}

}

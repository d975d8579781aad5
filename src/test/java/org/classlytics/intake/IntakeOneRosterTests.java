package org.classlytics.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import tools.jackson.databind.JsonNode;

import org.classlytics.support.Api;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.intake.IntakeSupport.errors;

/**
 * A OneRoster 1.2 zip, built here, mapped onto the domain: terms, subjects, homeroom
 * classes, people with guardians, enrollments, assignments and results with their exempt,
 * missing and late statuses.
 */
@IntegrationTest
class IntakeOneRosterTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	private World w;

	private Api.Caller admin;

	private String tag;

	@BeforeEach
	void setUp() {
		this.w = World.create(this.fixtures);
		this.admin = this.api.as(this.w.token("admin"));
		this.tag = Long.toString(System.nanoTime(), 36);
	}

	private Map<String, String> files() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("manifest.csv", "propertyName,value\nmanifest.version,1.0\noneroster.version,1.2\n");
		files.put("orgs.csv", "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\n"
				+ "ORG,,,Test School,school,,\n");
		files.put("academicSessions.csv",
				"sourcedId,status,dateLastModified,title,type,startDate,endDate,parentSourcedId,schoolYear\n"
						+ "SY,,,2024-2025,schoolYear,2024-09-01,2025-08-31,,2025\n"
						+ "T1,,,Spring,term,2025-01-06,2025-06-30,SY,2025\n");
		files.put("courses.csv", "sourcedId,status,dateLastModified,schoolYearSourcedId,title,courseCode,grades,"
				+ "orgSourcedId,subjects,subjectCodes\nC-ALG,,,SY,Algebra,ALG,09,ORG,,\n");
		files.put("classes.csv",
				"sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,"
						+ "location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods\n"
						+ "H-9,,,9H,09,C-ALG,,homeroom,,ORG,T1,,,\nK-1,,,Algebra 1,09,C-ALG,,scheduled,,ORG,T1,,,\n");
		files.put("users.csv",
				("sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,"
						+ "middleName,identifier,email,sms,phone,agentSourcedIds,grades,password\n"
						+ "t1,,,true,,,Tess,Teach,,,t1-%1$s@example.org,,,,,\n"
						+ "p1,,,true,,,Pat,Parent,,,p1-%1$s@example.org,,,s1,,\n"
						+ "s1,,,true,,,Sia,One,,,s1-%1$s@example.org,,,,09,\n"
						+ "s2,,,true,,,Sol,Two,,,s2-%1$s@example.org,,,p1,09,\n"
						+ "s3,,,true,,,Sam,Three,,,s3-%1$s@example.org,,,,09,\n")
					.formatted(this.tag));
		files.put("roles.csv", "sourcedId,status,dateLastModified,userSourcedId,roleType,role,beginDate,endDate,"
				+ "orgSourcedId,userProfileSourcedId\nR1,,,t1,primary,teacher,,,ORG,\nR2,,,p1,primary,parent,,,ORG,\n"
				+ "R3,,,s1,primary,student,,,ORG,\nR4,,,s2,primary,student,,,ORG,\nR5,,,s3,primary,student,,,ORG,\n");
		files.put("enrollments.csv", "sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,"
				+ "role,primary,beginDate,endDate\nE-T,,,K-1,ORG,t1,teacher,true,,\nE-1,,,K-1,ORG,s1,student,,,\n"
				+ "E-2,,,K-1,ORG,s2,student,,2025-01-06,\nE-3,,,K-1,ORG,s3,student,,,\nE-H,,,H-9,ORG,s1,student,,,\n");
		files.put("lineItems.csv",
				"sourcedId,status,dateLastModified,title,description,assignDate,dueDate,"
						+ "classSourcedId,categorySourcedId,gradingPeriodSourcedId,resultValueMin,resultValueMax\n"
						+ "LI-1,,,Quiz 1,,2025-03-03,2025-03-10,K-1,,,0,10\n");
		files.put("results.csv",
				"sourcedId,status,dateLastModified,metadata,lineItemSourcedId,studentSourcedId,"
						+ "classSourcedId,scoreScaleSourcedId,scoreStatus,score,textScore,scoreDate,comment,"
						+ "learningObjectiveSet,inProgress,incomplete,late,missing\n"
						+ "RS-1,,,,LI-1,s1,K-1,,fully graded,8,,2025-03-11,Well done,,false,false,true,false\n"
						+ "RS-2,,,,LI-1,s2,K-1,,exempt,,,,,,false,false,false,false\n"
						+ "RS-3,,,,LI-1,s3,K-1,,not submitted,,,,,,false,false,false,true\n");
		return files;
	}

	static byte[] zip(Map<String, String> files) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, String> file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry("export/" + file.getKey()));
				zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return bytes.toByteArray();
	}

	private Api.Reply upload(Api.Caller caller, byte[] zip) {
		return caller.send("POST", "/api/import/oneroster", zip, "application/zip", Map.of());
	}

	private long user(String sourcedId) {
		return this.jdbc.sql("SELECT id FROM users WHERE external_id = ? AND school_id = ?")
			.params(sourcedId, this.w.school().id())
			.query(Long.class)
			.single();
	}

	@Test
	void mapsAOneRosterZipOntoTheDomainAndKeepsResultStatuses() {
		Api.Reply reply = upload(this.admin, zip(files()));

		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		assertThat(reply.json().get("created").asInt()).isEqualTo(13);
		assertThat(this.jdbc.sql("SELECT name || ' ' || start_date FROM academic_terms WHERE school_id = ?")
			.param(this.w.school().id())
			.query(String.class)
			.list()).containsExactly("Spring 2025-01-06");
		assertThat(
				this.jdbc.sql("SELECT code || ' ' || name FROM subjects WHERE external_id = 'C-ALG' AND school_id = ?")
					.param(this.w.school().id())
					.query(String.class)
					.single())
			.isEqualTo("ALG Algebra");
		JsonNode s1 = this.admin.get("/api/users/" + user("s1")).json();
		assertThat(s1.get("role").asString()).isEqualTo("STUDENT");
		assertThat(this.jdbc.sql("SELECT name FROM class_sections WHERE id = ?")
			.param(s1.get("class_id").asLong())
			.query(String.class)
			.single()).isEqualTo("9H");
		assertThat(this.jdbc.sql("SELECT guardian_id FROM student_guardians WHERE student_id IN (?, ?)")
			.params(user("s1"), user("s2"))
			.query(Long.class)
			.list()).containsExactly(user("p1"), user("p1"));
		assertThat(this.jdbc
			.sql("SELECT teacher_id || ' ' || start_date FROM enrollments WHERE external_id = 'E-3' "
					+ "AND school_id = ? AND active = TRUE")
			.param(this.w.school().id())
			.query(String.class)
			.single()).isEqualTo(user("t1") + " 2025-01-06");
		assertThat(this.jdbc
			.sql("SELECT s.student_id FROM assignment_students s JOIN assignments a ON a.id = s.assignment_id "
					+ "WHERE a.external_id = 'LI-1' AND a.school_id = ? ORDER BY s.student_id")
			.param(this.w.school().id())
			.query(Long.class)
			.list()).containsExactly(user("s1"), user("s3"));
		JsonNode submission = this.admin.get("/api/submissions?student_id=" + user("s1")).json().get("results").get(0);
		assertThat(submission.get("score").decimalValue()).isEqualByComparingTo("8");
		assertThat(submission.get("late").asBoolean()).isTrue();
		assertThat(submission.get("submitted_at").asString()).isEqualTo("2025-03-11T12:00:00Z");
		assertThat(submission.get("feedback").asString()).isEqualTo("Well done");
		assertThat(this.admin.get("/api/submissions?student_id=" + user("s3")).json().get("count").asInt()).isZero();
		JsonNode week = this.admin
			.get("/api/analytics/student/" + user("s1") + "/weekly-performance?weeks=1&until=2025-03-16")
			.json()
			.get("weekly_trend")
			.get(0);
		assertThat(week.get("assignment_avg").decimalValue()).isEqualByComparingTo("80.00");
		JsonNode missed = this.admin
			.get("/api/analytics/student/" + user("s3") + "/daily?from=2025-03-11&to=2025-03-11")
			.json()
			.get(0);
		assertThat(missed.get("homework_completed").asBoolean()).isFalse();
	}

	@Test
	void reimportingTheZipChangesNothing() {
		upload(this.admin, zip(files()));

		Api.Reply again = upload(this.admin, zip(files()));

		assertThat(again.status()).as(again.text()).isEqualTo(200);
		assertThat(again.json().get("created").asInt()).isZero();
		assertThat(again.json().get("updated").asInt()).isEqualTo(13);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM submissions WHERE school_id = ?")
			.param(this.w.school().id())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aZipWithErrorsImportsNothingAndNamesFileAndColumn() {
		Map<String, String> files = files();
		files.put("academicSessions.csv",
				files.get("academicSessions.csv") + "T2,,,Overlap,semester,2025-06-01,2025-07-31,SY,2025\n");
		files.put("courses.csv", files.get("courses.csv") + "C-GEO,,,SY,Geometry,ALG,09,ORG,,\n");
		files.put("results.csv", files.get("results.csv").replace("fully graded,8,", "fully graded,11,")
				+ "RS-4,,,,LI-9,s1,K-1,,fully graded,5,,2025-03-11,,,,,,\n");

		Api.Reply reply = upload(this.admin, zip(files));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(errors(reply)).containsExactly("4 academicSessions.csv:startDate: the term overlaps another term",
				"3 courses.csv:courseCode: duplicates line 2", "2 results.csv:score: must be between 0 and 10",
				"5 results.csv:lineItemSourcedId: unknown assignment LI-9");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM subjects WHERE school_id = ?")
			.param(this.w.school().id())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void onlyAdminsImportOneRoster() {
		assertThat(upload(this.api.as(this.w.token("teacherA")), zip(files())).status()).isEqualTo(403);
		assertThat(upload(this.admin, "not a zip".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(400);
	}

}

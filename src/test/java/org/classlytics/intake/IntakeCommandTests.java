package org.classlytics.intake;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code import} command: a progress bar and a summary, the error list for a bad
 * file, and usage errors.
 */
@IntegrationTest
class IntakeCommandTests {

	@Autowired
	ImportCommand command;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	private World w;

	@BeforeEach
	void setUp() {
		this.w = World.create(this.fixtures);
	}

	private Result run(String... args) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int status = this.command.run(List.of(args), new PrintStream(bytes, true, StandardCharsets.UTF_8));
		return new Result(status, bytes.toString(StandardCharsets.UTF_8));
	}

	private record Result(int status, String output) {

	}

	private String file(String name, String content) throws Exception {
		Path path = this.dir.resolve(name);
		Files.writeString(path, content);
		return path.toString();
	}

	@Test
	void importsAFileWithAProgressBarAndASummary() throws Exception {
		String assignments = file("assignments.csv", """
				external_id,teacher,subject,title,due_at,max_score,students
				CLI-1,%s,MATH,Essay,2025-03-10T12:00:00Z,50,%s
				""".formatted(this.w.teacherA().email(), this.w.studentX().email()));
		String grades = file("grades.csv", """
				assignment,student,score,graded_at
				CLI-1,%s,25,2025-03-11T09:00:00Z
				""".formatted(this.w.studentX().email()));
		String school = String.valueOf(this.w.school().id());

		Result first = run("assignments", assignments, "--school-id", school);
		Result second = run("grades", grades, "--school-id=" + school);

		assertThat(first.status()).as(first.output()).isZero();
		assertThat(second.status()).as(second.output()).isZero();
		assertThat(second.output()).contains("\r[##############################] 100% 1 rows")
			.containsPattern("import grades: created=1 updated=0 in \\d+\\.\\d s");
		assertThat(this.jdbc.sql("SELECT score FROM submissions WHERE school_id = ?")
			.param(this.w.school().id())
			.query(String.class)
			.single()).isEqualTo("25.00");
	}

	@Test
	void listsEveryErrorAndExitsWithOne() throws Exception {
		String grades = file("grades.csv",
				"assignment,student,score\nNOPE,%s,x\n".formatted(this.w.studentX().email()));

		Result result = run("grades", grades, "--school-id", String.valueOf(this.w.school().id()));

		assertThat(result.status()).isEqualTo(1);
		assertThat(result.output()).contains("import grades: 2 error(s), nothing imported\n",
				"  line 2, score: must be a number\n", "  line 2, assignment: unknown assignment NOPE\n");
	}

	@Test
	void refusesBadArguments() throws Exception {
		assertThat(run("marks", "x.csv", "--school-id", "1").output())
			.startsWith("import: unknown kind marks\nusage: import <users|enrollments|assignments|submissions|grades|"
					+ "quiz-attempts|attendance|study-sessions|payments|oneroster> <file> [--school-id ID]");
		assertThat(run("grades").status()).isEqualTo(2);
		assertThat(run("grades", this.dir.resolve("missing.csv").toString()).output())
			.startsWith("import: cannot read ");
	}

}

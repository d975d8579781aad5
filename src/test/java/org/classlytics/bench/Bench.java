package org.classlytics.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.classlytics.ClasslyticsApplication;
import org.classlytics.coursework.Coursework;
import org.classlytics.demo.DemoSchool;
import org.classlytics.demo.GeneratedSchool;
import org.classlytics.identity.Tokens;
import org.classlytics.reports.ReportsBench;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Role;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import static org.awaitility.Awaitility.await;

/**
 * The benchmark harness: one run measures every hot path of issue 8 against its target
 * and, for the reports, against its lower bound (the bare SQL that reads the same rows in
 * one query). Run it with {@code bench/run} or {@code ./mvnw -Pbench verify}; the
 * settings are in {@link Settings} and {@code bench/README.md}. Writes
 * {@code target/bench/results.json} and {@code target/bench/results.md}.
 */
public final class Bench {

	private static final long SEED = 20261122L;

	private final Settings settings;

	private final Results results;

	private ConfigurableApplicationContext app;

	private JdbcTemplate jdbc;

	private NamedParameterJdbcTemplate named;

	private ReportsBench reports;

	private Http http;

	private GreenMail smtp;

	private Bench(Settings settings) {
		this.settings = settings;
		this.results = new Results(Path.of("target", "bench"));
	}

	public static void main(String[] args) throws Exception {
		Settings settings = Settings.fromSystemProperties();
		int status = 0;
		Bench bench = new Bench(settings);
		try {
			bench.run();
		}
		catch (Exception ex) {
			ex.printStackTrace();
			status = 1;
		}
		finally {
			bench.stop();
		}
		System.exit(status);
	}

	private void run() throws Exception {
		long started = System.nanoTime();
		String url = prepareDatabase();
		this.smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.smtp.start();
		int smtpPort = this.smtp.getSmtp().getPort();
		log("starting the application on %s (SMTP on %d)", url.replaceAll("\\?.*", ""), smtpPort);
		this.app = start(url, smtpPort);
		this.jdbc = this.app.getBean(JdbcTemplate.class);
		this.named = new NamedParameterJdbcTemplate(this.jdbc);
		this.reports = new ReportsBench(this.app);
		this.http = new Http(((WebServerApplicationContext) this.app).getWebServer().getPort());
		this.results.machine(machine());

		School main = school(this.settings.students());
		Dataset dataset = new Dataset(main);
		ClassRef class30 = dataset.classOf(0, 30);
		ClassRef class300 = dataset.classOf(1, 300);
		ClassRef largest = dataset.classOf(2, 3000);
		analyze();
		if (this.settings.runs("report")) {
			classReport("class report, 30 students", main, class30, "<= 10 ms, <= 2x lower bound", 10, 2.0);
			studentReport(main, class30.students().get(0));
			reportsOverHttp(main, class30);
		}
		if (this.settings.runs("scaling")) {
			classReport("class report, 300 students", main, class300, "linear: <= 100 ms", 100, null);
			if (largest.students().size() > 300) {
				int size = largest.students().size();
				classReport(String.format("class report, %,d students", size), main, largest,
						String.format("linear: <= %,d ms", size / 3), size / 3.0, null);
			}
		}
		if (this.settings.runs("bulk")) {
			bulk(main, class300.students().subList(0, Math.min(50, class300.students().size())));
		}
		if (this.settings.runs("export")) {
			exports(main, class30.students().get(0));
		}
		if (this.settings.runs("trend")) {
			trend(main);
		}
		if (this.settings.runs("intake")) {
			intakeCsv(main);
			intake(main, List.of(class30.teacher(), class300.teacher()));
		}
		if (this.settings.runs("recompute")) {
			recompute(main);
		}
		if (this.settings.runs("delivery")) {
			delivery(main);
		}
		if (this.settings.runs("scaling") && this.settings.scaleStudents() > 0) {
			School large = school(this.settings.scaleStudents());
			Dataset scale = new Dataset(large);
			ClassRef class3000 = scale.classOf(0, 3000);
			ClassRef small = scale.classOf(1, 30);
			analyze();
			classReport("class report, 3,000 students (" + large.students() + "-student school)", large, class3000,
					"linear: <= 1,000 ms", 1000, null);
			classReport("class report, 30 students (" + large.students() + "-student school)", large, small,
					"<= 10 ms (data size), <= 2x lower bound", 10, 2.0);
		}
		log("done in %.1f min", (System.nanoTime() - started) / 6e10);
	}

	private void stop() {
		if (this.app != null) {
			this.app.close();
		}
		if (this.smtp != null) {
			this.smtp.stop();
		}
	}

	// ---- the database and the application

	/**
	 * Creates the PostgreSQL database when missing and, unless reusing, empties it.
	 * Returns the URL the application uses.
	 */
	private String prepareDatabase() throws SQLException {
		if (!this.settings.postgres()) {
			String url = this.settings.url().startsWith("jdbc:h2:") ? this.settings.url()
					: "jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
			return url;
		}
		String url = this.settings.url();
		String withoutParameters = url.replaceAll("\\?.*", "");
		String name = withoutParameters.substring(withoutParameters.lastIndexOf('/') + 1);
		if (name.equals("test")) {
			throw new IllegalArgumentException("The test database belongs to CI: use another one");
		}
		String server = withoutParameters.substring(0, withoutParameters.lastIndexOf('/') + 1) + "postgres";
		try (Connection connection = DriverManager.getConnection(server, this.settings.user(),
				this.settings.password())) {
			var check = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?");
			check.setString(1, name);
			try (ResultSet rs = check.executeQuery()) {
				if (!rs.next()) {
					connection.createStatement().execute("CREATE DATABASE \"" + name + "\"");
					log("created database %s", name);
				}
			}
		}
		if (!this.settings.reuse()) {
			try (Connection connection = DriverManager.getConnection(withoutParameters, this.settings.user(),
					this.settings.password())) {
				connection.createStatement().execute("DROP SCHEMA public CASCADE");
				connection.createStatement().execute("CREATE SCHEMA public");
			}
		}
		// Multi-row inserts for the generator's batches (see docs/modules/demo.md).
		return url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
	}

	private ConfigurableApplicationContext start(String url, int smtpPort) {
		List<String> properties = new ArrayList<>(List.of("server.port=0", "spring.datasource.url=" + url,
				"spring.datasource.username=" + (this.settings.postgres() ? this.settings.user() : "sa"),
				"spring.datasource.password=" + (this.settings.postgres() ? this.settings.password() : ""),
				"classlytics.demo=false", "db-scheduler.enabled=true", "db-scheduler.polling-interval=500ms",
				"classlytics.delivery.dispatch-interval=1s", "spring.mail.host=127.0.0.1",
				"spring.mail.port=" + smtpPort, "spring.main.banner-mode=off",
				"classlytics.reports.redis-key-prefix=classlytics-bench:" + UUID.randomUUID() + ":",
				"logging.level.root=WARN", "logging.level.org.classlytics.demo=INFO",
				"spring.datasource.hikari.maximum-pool-size=20"));
		return new SpringApplicationBuilder(ClasslyticsApplication.class)
			.profiles(this.settings.postgres() ? "postgres" : "embedded")
			.initializers((context) -> {
				context.getBeanFactory().registerSingleton("testClassesExcludeFilter", new TestClassesExcludeFilter());
				context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
					@Override
					public Object postProcessAfterInitialization(Object bean, String beanName) {
						return (bean instanceof DataSource dataSource && beanName.equals("dataSource"))
								? CountingDataSource.wrap(dataSource) : bean;
					}
				});
			})
			.run(properties.stream().map((property) -> "--" + property).toArray(String[]::new));
	}

	/**
	 * Gives PostgreSQL statistics of the rows just written, as autovacuum would soon
	 * after a bulk load (the project's server runs with {@code autovacuum = off}, so
	 * without this every plan works from empty statistics).
	 */
	private void analyze() {
		if (this.settings.postgres()) {
			long started = System.nanoTime();
			this.jdbc.execute("ANALYZE");
			log("ANALYZE in %.1f s", (System.nanoTime() - started) / 1e9);
		}
	}

	private String machine() {
		String database = this.jdbc.queryForObject("SELECT version()", String.class);
		return String.format("%d cores, %d MB max heap, %s, Java %s (%s)", Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() / (1024 * 1024), database, System.getProperty("java.version"),
				System.getProperty("java.vm.name"));
	}

	// ---- the dataset

	record School(long id, long admin, ZoneId zone, LocalDate today, int students) {

		Actor adminActor() {
			return new Actor(this.admin, this.id, Role.ADMIN);
		}

		/**
		 * The last complete week: the Monday a week before this one.
		 */
		LocalDate lastWeek() {
			return this.today.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)).minusWeeks(1);
		}

	}

	record ClassRef(long teacher, long subject, List<Long> students) {

	}

	private School school(int students) {
		String name = "Bench school (" + students + " students)";
		List<Long> existing = this.jdbc.queryForList("SELECT id FROM schools WHERE name = ? ORDER BY id DESC",
				Long.class, name);
		long id;
		if (this.settings.reuse() && !existing.isEmpty()) {
			id = existing.get(0);
			log("reusing %s (id %d)", name, id);
		}
		else {
			DemoSchool demo = this.app.getBean(DemoSchool.class);
			long started = System.nanoTime();
			GeneratedSchool school = demo.generate(demo.planFor(students, SEED, name, null));
			double seconds = (System.nanoTime() - started) / 1e9;
			id = school.schoolId();
			this.results.add(new Result(
					"dataset: demo school of " + students + " students (" + school.totalRows()
							+ " rows, analytics rebuilt)",
					seconds, "s", null, null, null, null, null, null,
					"generator " + school.took().toMillis() / 1000.0 + " s"));
		}
		long admin = this.jdbc.queryForObject(
				"SELECT MIN(id) FROM users WHERE school_id = ? AND role = 'ADMIN' AND active", Long.class, id);
		ZoneId zone = ZoneId
			.of(this.jdbc.queryForObject("SELECT time_zone FROM schools WHERE id = ?", String.class, id));
		return new School(id, admin, zone, LocalDate.now(zone), students);
	}

	/**
	 * Shapes classes of a chosen size in a generated school: a subject's teacher gets the
	 * first n students of the school (in class order) and the subject's coursework of
	 * those students; their other students of the subject are ended, and the coursework
	 * of those goes to another teacher of the school.
	 */
	private final class Dataset {

		private final School school;

		private final List<Long> subjects;

		Dataset(School school) {
			this.school = school;
			this.subjects = Bench.this.jdbc.queryForList("SELECT id FROM subjects WHERE school_id = ? ORDER BY id",
					Long.class, school.id());
		}

		ClassRef classOf(int subjectIndex, int size) {
			long subject = this.subjects.get(subjectIndex);
			JdbcTemplate jdbc = Bench.this.jdbc;
			List<Long> students = jdbc.queryForList("""
					SELECT u.id FROM users u WHERE u.school_id = ? AND u.role = 'STUDENT' AND u.active
					ORDER BY u.class_section_id, u.id LIMIT ?""", Long.class, this.school.id(), size);
			// The first student's teacher of the subject: after the shaping below that
			// is the class's teacher, so a reused database gets the same class back
			// instead of a second teacher's classes reshaped over the first's.
			long teacher = jdbc
				.queryForList(
						"""
								SELECT teacher_id FROM enrollments WHERE school_id = ? AND subject_id = ? AND active AND student_id = ?
								ORDER BY teacher_id""",
						Long.class, this.school.id(), subject, students.get(0))
				.stream()
				.findFirst()
				.orElseGet(() -> jdbc.queryForObject("""
						SELECT teacher_id FROM enrollments WHERE school_id = ? AND subject_id = ? AND active
						GROUP BY teacher_id ORDER BY COUNT(*) DESC, teacher_id LIMIT 1""", Long.class, this.school.id(),
						subject));
			String chosen = "SELECT x.id FROM (SELECT u.id FROM users u WHERE u.school_id = ? AND u.role = 'STUDENT'"
					+ " AND u.active ORDER BY u.class_section_id, u.id LIMIT ?) x";
			jdbc.update("UPDATE enrollments SET teacher_id = ? WHERE subject_id = ? AND active AND student_id IN ("
					+ chosen + ")", teacher, subject, this.school.id(), size);
			jdbc.update("UPDATE enrollments SET active = FALSE, active_subject_id = NULL, end_date = start_date"
					+ " WHERE teacher_id = ? AND subject_id = ? AND active AND student_id NOT IN (" + chosen + ")",
					teacher, subject, this.school.id(), size);
			// The class's coursework becomes the teacher's, as a teacher owns the work
			// they set their classes; their work for students they no longer teach goes
			// to another teacher of the school. (With the whole subject's coursework a
			// class report read the week's work of every student of the subject: its
			// cost grew with the school, not the class.)
			// A school with one teacher keeps all of it with them.
			Long another = jdbc.queryForObject(
					"SELECT MIN(id) FROM users WHERE school_id = ? AND role = 'TEACHER' AND active AND id <> ?",
					Long.class, this.school.id(), teacher);
			long other = (another != null) ? another : teacher;
			String ids = students.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
			Map<String, String> owned = Map.of("assignments",
					"id IN (SELECT assignment_id FROM assignment_students WHERE student_id IN (" + ids + "))",
					"quizzes", "id IN (SELECT quiz_id FROM quiz_attempts WHERE student_id IN (" + ids + "))",
					"materials", "id IN (SELECT material_id FROM material_students WHERE student_id IN (" + ids + "))",
					"study_sessions", "student_id IN (" + ids + ")");
			owned.forEach((table,
					ofTheClass) -> jdbc.update("UPDATE " + table + " SET teacher_id = CASE WHEN " + ofTheClass
							+ " THEN ? ELSE ? END WHERE school_id = ? AND subject_id = ? AND (" + ofTheClass
							+ " OR teacher_id = ?)", teacher, other, this.school.id(), subject, teacher));
			// The SQL above moved materials to another teacher behind coursework's back:
			// their derived totals are rebuilt the way a recompute repairs them.
			Bench.this.app.getBean(Coursework.class).rebuildMaterialTotals(this.school.id(), null);
			log("class of %d: teacher %d, subject %d", students.size(), teacher, subject);
			return new ClassRef(teacher, subject, students);
		}

	}

	// ---- reports

	/**
	 * @param maxRatio the most the uncached report may take over its lower bound (issue
	 * 8: 2 for the class of 30), or null where the target is linearity alone
	 */
	private void classReport(String name, School school, ClassRef group, String target, double targetMs,
			Double maxRatio) {
		Actor teacher = new Actor(group.teacher(), school.id(), Role.TEACHER);
		LocalDate week = school.lastWeek();
		Supplier<Object> call = () -> this.reports.teacherWeekly(teacher, week, group.subject());
		boolean large = group.students().size() > 300;
		int warmUp = large ? this.settings.heavyWarmUp() : this.settings.warmUp();
		int repetitions = large ? this.settings.heavyRepetitions() : this.settings.repetitions();
		Measured uncached = measure(warmUp, repetitions, () -> this.reports.evict(school.id()), call);
		Measured cached = measure(warmUp, repetitions, () -> {
		}, call);
		Samples bound = bare(warmUp, repetitions, LowerBound.classWeek(),
				LowerBound.classParameters(group, school.zone(), week));
		boolean withinBound = maxRatio == null || uncached.samples().medianMs() <= maxRatio * bound.medianMs();
		report(name + ", uncached", uncached, bound, target, targetMs, uncached.statements() <= 5 && withinBound);
		report(name + ", cached", cached, null, "<= 0.1 ms", 0.1, true);
	}

	private void studentReport(School school, long student) {
		Actor admin = school.adminActor();
		LocalDate from = school.lastWeek().minusWeeks(3);
		LocalDate to = school.lastWeek().plusDays(6);
		Supplier<Object> call = () -> this.reports.studentPerformance(admin, student, from, to);
		Measured uncached = measure(this.settings.warmUp(), this.settings.repetitions(),
				() -> this.reports.evict(school.id()), call);
		Measured cached = measure(this.settings.warmUp(), this.settings.repetitions(), () -> {
		}, call);
		Samples bound = bare(this.settings.warmUp(), this.settings.repetitions(), LowerBound.students(),
				LowerBound.studentParameters(List.of(student), school.zone(), from, to));
		report("student report (4 weeks), uncached", uncached, bound, "<= 3 ms", 3, true);
		report("student report (4 weeks), cached", cached, null, "<= 0.1 ms", 0.1, true);
	}

	/**
	 * The same reports and exports through their endpoints, as a client gets them: real
	 * HTTP with a bearer token, one request at a time, the reply read whole (uncached:
	 * the report cache emptied before each request, outside the time). The statements run
	 * on the server's threads, so they are counted by the in-process rows above. Bulk is
	 * left out here: its endpoint allows 10 requests a minute per user.
	 */
	private void reportsOverHttp(School school, ClassRef group) {
		Tokens tokens = this.app.getBean(Tokens.class);
		String teacher = tokens.issue(group.teacher()).token();
		String admin = tokens.issue(school.admin()).token();
		long student = group.students().get(0);
		LocalDate from = school.lastWeek().minusWeeks(3);
		LocalDate to = school.lastWeek().plusDays(6);
		String classReport = "/api/reports/teacher-weekly?week_start=" + school.lastWeek() + "&subject_id="
				+ group.subject();
		String studentReport = "/api/reports/student-performance/" + student + "?from=" + from + "&to=" + to;
		httpRow("class report, 30 students, over HTTP, uncached", school, () -> this.http.get(teacher, classReport));
		httpRow("class report, 30 students, over HTTP, cached", null, () -> this.http.get(teacher, classReport));
		httpRow("student report (4 weeks), over HTTP, uncached", school, () -> this.http.get(admin, studentReport));
		httpRow("student report (4 weeks), over HTTP, cached", null, () -> this.http.get(admin, studentReport));
		for (String format : List.of("pdf", "csv", "xlsx")) {
			Map<String, Object> body = Map.of("student_id", student, "from", from.toString(), "to", to.toString(),
					"format", format);
			httpRow("export of one student report, " + format.toUpperCase() + ", over HTTP, uncached", school,
					() -> this.http.post(admin, "/api/reports/student-performance/download", body));
		}
	}

	/**
	 * One endpoint timed over HTTP, for information (the issues' targets are for the
	 * service call in process); every reply must be 200.
	 * @param uncached the school whose report cache is emptied before each request, or
	 * null to leave the cache as it is
	 */
	private void httpRow(String name, School uncached, Supplier<Http.Reply> request) {
		Runnable prepare = (uncached != null) ? () -> this.reports.evict(uncached.id()) : () -> {
		};
		int[] notOk = new int[1];
		Measured measured = measure(this.settings.warmUp(), this.settings.repetitions(), prepare, () -> {
			Http.Reply reply = request.get();
			if (reply.status() != 200) {
				notOk[0]++;
			}
			return reply.body().length();
		});
		this.results.add(new Result(name, measured.samples().medianMs(), "ms", null, null,
				"informative (the target is in process); every reply 200", measured.samples().p99Ms(), null,
				notOk[0] == 0, measured.samples().count() + " runs; body " + measured.size().replaceFirst(";.*", "")
						+ " chars; " + notOk[0] + " not 200"));
	}

	private void bulk(School school, List<Long> students) {
		Actor admin = school.adminActor();
		LocalDate from = school.lastWeek().minusWeeks(3);
		LocalDate to = school.lastWeek().plusDays(6);
		Samples bound = bare(this.settings.heavyWarmUp(), this.settings.heavyRepetitions(), LowerBound.students(),
				LowerBound.studentParameters(students, school.zone(), from, to));
		for (String format : List.of("json", "csv", "zip")) {
			Measured measured = measure(this.settings.heavyWarmUp(), this.settings.heavyRepetitions(),
					() -> this.reports.evict(school.id()), () -> this.reports.bulk(admin, students, from, to, format));
			boolean zip = format.equals("zip");
			report("bulk " + students.size() + " " + format.toUpperCase() + (zip ? " (one PDF each)" : ""), measured,
					bound, zip ? "<= 500 ms" : "<= 30 ms", zip ? 500 : 30, true);
		}
	}

	private void exports(School school, long student) {
		Actor admin = school.adminActor();
		LocalDate from = school.lastWeek().minusWeeks(3);
		LocalDate to = school.lastWeek().plusDays(6);
		Samples bound = bare(this.settings.warmUp(), this.settings.repetitions(), LowerBound.students(),
				LowerBound.studentParameters(List.of(student), school.zone(), from, to));
		for (String format : List.of("pdf", "csv", "xlsx")) {
			Measured measured = measure(this.settings.warmUp(), this.settings.repetitions() / 2,
					() -> this.reports.evict(school.id()),
					() -> this.reports.download(admin, student, from, to, format));
			boolean pdf = format.equals("pdf");
			report("export of one student report, " + format.toUpperCase() + (pdf ? " with chart" : "") + ", uncached",
					measured, bound, pdf ? "<= 10 ms" : null, pdf ? 10 : Double.NaN, true);
		}
	}

	private void report(String name, Measured measured, Samples bound, String target, double targetMs,
			boolean statementsOk) {
		Double lower = (bound != null) ? bound.medianMs() : null;
		Double ratio = (lower != null && lower > 0) ? measured.samples().medianMs() / lower : null;
		Boolean met = (target == null) ? null : measured.samples().medianMs() <= targetMs && statementsOk;
		this.results
			.add(new Result(name, measured.samples().medianMs(), "ms", lower, ratio, target, measured.samples().p99Ms(),
					measured.statements(), met, measured.samples().count() + " runs; " + measured.size()));
	}

	record Measured(Samples samples, long statements, String size) {

	}

	/**
	 * Calls after warm-up, timing each call (the preparation outside the time); the
	 * statements are those of the last call, counted on this thread.
	 */
	private Measured measure(int warmUp, int repetitions, Runnable prepare, Supplier<Object> call) {
		Object last = null;
		for (int i = 0; i < warmUp; i++) {
			prepare.run();
			last = call.get();
		}
		// The garbage of the warm-up and of the sections before is collected now, not in
		// the timed calls: without it bulk 50 measured 32.7 ms (JSON) and 517 ms (ZIP)
		// after the report sections and 21 and 323 ms alone; with it 23.6 and 272 ms.
		System.gc();
		long[] nanos = new long[Math.max(1, repetitions)];
		long statements = 0;
		for (int i = 0; i < nanos.length; i++) {
			prepare.run();
			CountingDataSource.resetThread();
			long start = System.nanoTime();
			last = call.get();
			nanos[i] = System.nanoTime() - start;
			statements = CountingDataSource.thread();
		}
		// One more call, untimed, with each statement timed: where the time goes.
		prepare.run();
		CountingDataSource.startProfile();
		call.get();
		String profile = CountingDataSource.stopProfile();
		return new Measured(Samples.of(nanos), statements,
				"size " + last + ((profile.isEmpty()) ? "" : "; " + profile));
	}

	private Samples bare(int warmUp, int repetitions, String sql, Map<String, Object> parameters) {
		long[] nanos = new long[Math.max(1, repetitions)];
		for (int i = -warmUp; i < nanos.length; i++) {
			long start = System.nanoTime();
			int[] rows = new int[1];
			this.named.query(sql, parameters, (ResultSet rs) -> {
				int columns = rs.getMetaData().getColumnCount();
				for (int c = 1; c <= columns; c++) {
					rs.getObject(c);
				}
				rows[0]++;
			});
			if (i >= 0) {
				nanos[i] = System.nanoTime() - start;
			}
		}
		return Samples.of(nanos);
	}

	// ---- HTTP: the parent's weekly trend under load, intake

	private void trend(School school) throws Exception {
		Tokens tokens = this.app.getBean(Tokens.class);
		List<Map<String, Object>> pairs = this.jdbc.queryForList("""
				SELECT g.guardian_id, g.student_id FROM student_guardians g JOIN users u ON u.id = g.student_id
				WHERE u.school_id = ? ORDER BY g.guardian_id, g.student_id LIMIT 400""", school.id());
		List<String> tokenOf = new ArrayList<>();
		List<String> paths = new ArrayList<>();
		for (Map<String, Object> pair : pairs) {
			tokenOf.add(tokens.issue(((Number) pair.get("guardian_id")).longValue()).token());
			paths.add("/api/analytics/student/" + pair.get("student_id") + "/weekly-performance?weeks=6");
		}
		int clients = this.settings.clients();
		int total = this.settings.trendRequests();
		int port = ((WebServerApplicationContext) this.app).getWebServer().getPort();
		// As many warm-up requests as measured ones: on 2 cores a short warm-up leaves C2
		// compiling the server's hot path during the measurement. The counting wrapper
		// stays out of the load (see CountingDataSource.uncounted).
		CountingDataSource
			.uncounted(() -> TrendLoad.run(port, clients, total, tokenOf, paths, List.of(), (line) -> log("%s", line)));
		// PostgreSQL's backends of this database (the pool's connections) for their CPU.
		List<Long> databasePids = this.settings.postgres() ? this.jdbc.queryForList(
				"SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
				Long.class) : List.of();
		TrendLoad load = CountingDataSource.uncounted(
				() -> TrendLoad.run(port, clients, total, tokenOf, paths, databasePids, (line) -> log("%s", line)));
		double floor = httpFloor(port, clients, total, tokenOf, databasePids);
		Samples latency = Samples.of(load.nanos());
		double rate = total / load.seconds();
		this.results.add(new Result(
				"parent weekly trend over HTTP, " + clients
						+ " client threads (GET /api/analytics/student/{id}/weekly-performance)",
				rate, "req/s", floor, floor / rate, ">= 5,000 req/s, p99 <= 20 ms", latency.p99Ms(), null,
				rate >= 5000 && latency.p99Ms() <= 20,
				String.format(
						"%d requests after as many to warm up, median %.2f ms, %d not 200, %s; lower bound: "
								+ "GET /api/me's rate (the row below), ratio = time per request over its",
						total, latency.medianMs(), load.failures(), load.cpuPerRequest())));
	}

	/**
	 * The trend's lower bound over HTTP: the same clients, parents and number of requests
	 * on {@code GET /api/me}, which only checks the token and returns the caller's
	 * record. No authenticated request can be answered faster here, so its rate is the
	 * most the trend endpoint could reach on this machine with every read of its own
	 * free.
	 */
	private double httpFloor(int port, int clients, int total, List<String> tokens, List<Long> databasePids)
			throws Exception {
		List<String> me = java.util.Collections.nCopies(tokens.size(), "/api/me");
		CountingDataSource
			.uncounted(() -> TrendLoad.run(port, clients, total, tokens, me, List.of(), (line) -> log("%s", line)));
		TrendLoad load = CountingDataSource
			.uncounted(() -> TrendLoad.run(port, clients, total, tokens, me, databasePids, (line) -> log("%s", line)));
		Samples latency = Samples.of(load.nanos());
		double rate = total / load.seconds();
		this.results.add(new Result(
				"HTTP floor: GET /api/me (the token check and the caller's record), " + clients + " client threads",
				rate, "req/s", null, null, "informative: the trend endpoint's lower bound", latency.p99Ms(), null, null,
				String.format("%d requests after as many to warm up, median %.2f ms, %d not 200, %s", total,
						latency.medianMs(), load.failures(), load.cpuPerRequest())));
		return rate;
	}

	/**
	 * The bulk intake: a grades file of {@code bench.intake-csv-rows} (24,000) rows for
	 * the school's (assignment, student) pairs, in due order, posted by the admin to
	 * {@code POST /api/import/grades}. Most pairs of a demo school are graded already, so
	 * the file mostly regrades (new random scores for every import, so that every row
	 * changes) and creates the rest. The file is imported
	 * {@code bench.intake-csv-warm-up} times untimed (the first import of a JVM runs the
	 * parser, the checks and the writers cold) and then
	 * {@code bench.intake-csv-repetitions} times timed; before each import the tables are
	 * vacuumed, untimed, as PostgreSQL's autovacuum would between imports (the machine's
	 * server runs without it, and each import leaves a row version behind for every row
	 * it rewrites). Met when the median reaches the target, every reply is 200 with every
	 * row counted, and every graded submission of the school is an analytics item after
	 * the last one.
	 */
	private void intakeCsv(School school) {
		int rows = Integer.getInteger("bench.intake-csv-rows", 24_000);
		int warmUp = Integer.getInteger("bench.intake-csv-warm-up", 3);
		int repetitions = Integer.getInteger("bench.intake-csv-repetitions", 5);
		this.jdbc.update("UPDATE assignments SET external_id = 'BENCH-' || CAST(id AS VARCHAR(20)) "
				+ "WHERE school_id = ? AND external_id IS NULL", school.id());
		String token = this.app.getBean(Tokens.class).issue(school.admin()).token();
		long[] nanos = new long[repetitions];
		long statements = 0;
		int lines = 0;
		boolean replies = true;
		long created = 0;
		long updated = 0;
		for (int run = 0; run < warmUp + repetitions; run++) {
			String csv = gradesFile(school, rows);
			lines = (int) csv.chars().filter((c) -> c == '\n').count() - 1;
			if (this.settings.postgres()) {
				this.jdbc.execute("VACUUM ANALYZE");
				// Untimed, as the vacuum: the import should not pay for flushing the
				// pages
				// that writing the school, the previous import or the vacuum dirtied (a
				// checkpoint still under way right after the school was written made the
				// first measured imports a quarter slower).
				this.jdbc.execute("CHECKPOINT");
			}
			long statementsBefore = CountingDataSource.total();
			long started = System.nanoTime();
			Http.Reply reply = this.http.postText(token, "/api/import/grades", "text/csv", csv);
			long took = System.nanoTime() - started;
			if (reply.status() != 200) {
				log("intake csv: %d %s", reply.status(), reply.body());
				replies = false;
				continue;
			}
			created = reply.json().get("created").asLong();
			updated = reply.json().get("updated").asLong();
			replies &= created + updated == lines;
			if (run >= warmUp) {
				nanos[run - warmUp] = took;
				statements = CountingDataSource.total() - statementsBefore;
			}
		}
		Samples samples = Samples.of(nanos);
		long graded = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM submissions WHERE school_id = ? AND status = 'GRADED'", Long.class, school.id());
		long items = this.jdbc.queryForObject("SELECT COUNT(*) FROM analytics_items WHERE school_id = ? AND kind = 'A'",
				Long.class, school.id());
		double rate = lines / (samples.medianMs() / 1000);
		boolean complete = replies && items == graded;
		this.results.add(new Result(
				"intake of graded results via CSV import (POST /api/import/grades), analytics current", rate, "rows/s",
				null, null, ">= 10,000 rows/s", samples.p99Ms(), statements, rate >= 10000 && complete,
				String.format(Locale.ROOT,
						"%d rows a file (the last: %d created, %d updated); median of %d imports after %d untimed, "
								+ "%.2f s each (slowest %.2f s), vacuumed before each; every reply 200 and counted: %s; "
								+ "%d graded submissions, %d analytics items",
						lines, created, updated, repetitions, warmUp, samples.medianMs() / 1000, samples.p99Ms() / 1000,
						replies, graded, items)));
	}

	/**
	 * A grades file for the school's first (assignment, student) pairs in due order, each
	 * with a new random score.
	 */
	private String gradesFile(School school, int rows) {
		java.util.Random random = new java.util.Random();
		StringBuilder csv = new StringBuilder("assignment,student,score,graded_at,feedback\n");
		this.jdbc.query("""
				SELECT a.external_id, u.email, a.max_score, a.due_at FROM assignment_students s
				JOIN assignments a ON a.id = s.assignment_id JOIN users u ON u.id = s.student_id
				WHERE a.school_id = ? ORDER BY a.due_at, a.id, s.student_id LIMIT ?""", (ResultSet rs) -> {
			java.math.BigDecimal max = rs.getBigDecimal(3);
			java.math.BigDecimal score = max.multiply(java.math.BigDecimal.valueOf(random.nextInt(101)))
				.divide(java.math.BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP);
			Instant graded = rs.getObject(4, OffsetDateTime.class).toInstant().plus(1, ChronoUnit.DAYS);
			csv.append(rs.getString(1))
				.append(',')
				.append(rs.getString(2))
				.append(',')
				.append(score.toPlainString())
				.append(',')
				.append(graded)
				.append(",bench\n");
		}, school.id(), rows);
		return csv.toString();
	}

	private void intake(School school, List<Long> avoid) throws Exception {
		Tokens tokens = this.app.getBean(Tokens.class);
		int clients = this.settings.intakeClients();
		List<Map<String, Object>> teachers = this.jdbc.queryForList("""
				SELECT teacher_id, subject_id, COUNT(*) AS students FROM enrollments
				WHERE school_id = ? AND active AND teacher_id NOT IN (?, ?)
				GROUP BY teacher_id, subject_id ORDER BY teacher_id, subject_id""", school.id(), avoid.get(0),
				avoid.get(1));
		record Client(String token, long quiz, List<Long> students) {
		}
		List<Client> clientList = new ArrayList<>();
		for (Map<String, Object> row : teachers.subList(0, Math.min(clients, teachers.size()))) {
			long teacher = ((Number) row.get("teacher_id")).longValue();
			long subject = ((Number) row.get("subject_id")).longValue();
			String token = tokens.issue(teacher).token();
			Http.Reply quiz = this.http.post(token, "/api/quizzes",
					Map.of("subject_id", subject, "title", "Bench intake", "max_score", 100));
			if (quiz.status() != 201) {
				throw new IllegalStateException("quiz: " + quiz);
			}
			List<Long> students = this.jdbc.queryForList(
					"SELECT student_id FROM enrollments WHERE teacher_id = ? AND subject_id = ? AND active ORDER BY student_id",
					Long.class, teacher, subject);
			clientList.add(new Client(token, quiz.json().get("id").asLong(), students));
		}
		int perClient = this.settings.intakeRows() / clientList.size();
		Instant completed = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		AtomicInteger created = new AtomicInteger();
		AtomicInteger serverErrors = new AtomicInteger();
		AtomicInteger otherErrors = new AtomicInteger();
		long[] nanos = new long[perClient * clientList.size()];
		ExecutorService pool = Executors.newFixedThreadPool(clientList.size());
		long started = System.nanoTime();
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int c = 0; c < clientList.size(); c++) {
				Client client = clientList.get(c);
				int offset = c * perClient;
				futures.add(pool.submit(() -> {
					for (int i = 0; i < perClient; i++) {
						long student = client.students().get(i % client.students().size());
						long start = System.nanoTime();
						Http.Reply reply = this.http.post(client.token(), "/api/quizzes/" + client.quiz() + "/attempts",
								Map.of("student_id", student, "started_at",
										completed.minus(20, ChronoUnit.MINUTES).toString(), "completed_at",
										completed.toString(), "score", (i * 37) % 101));
						nanos[offset + i] = System.nanoTime() - start;
						if (reply.status() == 201) {
							created.incrementAndGet();
						}
						else if (reply.status() >= 500) {
							if (serverErrors.incrementAndGet() <= 3) {
								log("intake: %d %s", reply.status(), reply.body());
							}
						}
						else if (otherErrors.incrementAndGet() <= 3) {
							log("intake: %d %s", reply.status(), reply.body());
						}
					}
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		double rate = created.get() / seconds;
		Samples latency = Samples.of(nanos);
		this.results.add(new Result(
				"intake of graded quiz attempts over HTTP, " + clientList.size()
						+ " concurrent teachers (POST /api/quizzes/{id}/attempts, analytics in the same transaction)",
				rate, "rows/s", null, null, "0 errors (the single-row path; the rows/s target is the CSV import's)",
				latency.p99Ms(), null, serverErrors.get() == 0 && otherErrors.get() == 0,
				String.format("%d sent, %d created, %d 5xx, %d other errors, median %.1f ms", nanos.length,
						created.get(), serverErrors.get(), otherErrors.get(), latency.medianMs())));
	}

	private void recompute(School school) {
		String token = this.app.getBean(Tokens.class).issue(school.admin()).token();
		long started = System.nanoTime();
		Http.Reply reply = this.http.post(token, "/api/admin/analytics/recompute", Map.of());
		double seconds = (System.nanoTime() - started) / 1e9;
		this.results.add(new Result("full recompute of the " + school.students() + "-student school", seconds, "s",
				null, null, "<= 20 s", null, null, seconds <= 20 && reply.status() == 200,
				reply.status() + " " + reply.body()));
	}

	// ---- delivery

	private void delivery(School school) throws Exception {
		String token = this.app.getBean(Tokens.class).issue(school.admin()).token();
		String time = LocalTime.now(ZoneOffset.UTC).plusHours(12).truncatedTo(ChronoUnit.HOURS).toString();
		Http.Reply schedule = this.http.post(token, "/api/reports/schedules",
				Map.of("name", "Bench delivery", "report_type", "student_report", "frequency", "daily", "time", time,
						"time_zone", "UTC", "export_format", "pdf", "is_active", true));
		if (schedule.status() != 201) {
			throw new IllegalStateException("schedule: " + schedule);
		}
		long id = schedule.json().get("id").asLong();
		List<Map<String, Object>> people = this.jdbc.queryForList("""
				SELECT id, email FROM users WHERE school_id = ? AND active AND role IN ('STUDENT', 'PARENT')
				ORDER BY role DESC, id LIMIT ?""", school.id(), this.settings.emails());
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Http.Reply>> added = new ArrayList<>();
			for (Map<String, Object> person : people) {
				added.add(pool.submit(() -> this.http.post(token, "/api/reports/schedules/" + id + "/recipients",
						Map.of("recipient_id", person.get("id")))));
			}
			for (Future<Http.Reply> reply : added) {
				if (reply.get().status() != 201) {
					throw new IllegalStateException("recipient: " + reply.get());
				}
			}
		}
		finally {
			pool.shutdown();
		}
		long started = System.nanoTime();
		Http.Reply run = this.http.post(token, "/api/reports/schedules/" + id + "/run_now", Map.of());
		if (run.status() != 202) {
			throw new IllegalStateException("run_now: " + run);
		}
		long execution = run.json().get("execution_id").asLong();
		await().atMost(Duration.ofMinutes(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> !"started".equals(this.jdbc.queryForObject("SELECT status FROM report_executions WHERE id = ?",
					String.class, execution)));
		double seconds = (System.nanoTime() - started) / 1e9;
		String status = this.jdbc.queryForObject("SELECT status FROM report_executions WHERE id = ?", String.class,
				execution);
		java.util.Set<String> addresses = new java.util.HashSet<>();
		people.forEach((person) -> addresses.add(((String) person.get("email")).toLowerCase(java.util.Locale.ROOT)));
		List<MimeMessage> received = new ArrayList<>();
		for (MimeMessage message : this.smtp.getReceivedMessages()) {
			if (addresses.contains(to(message))) {
				received.add(message);
			}
		}
		long distinct = received.stream().map(Bench::messageId).distinct().count();
		long duplicates = received.size() - distinct;
		this.results.add(new Result("delivery of " + people.size() + " scheduled emails (student report PDF each)",
				seconds, "s", null, null, "<= 60 s, 0 duplicates", null, null,
				seconds <= 60 && duplicates == 0 && received.size() == people.size(),
				String.format("execution %s, %d received, %d duplicates by Message-ID", status, received.size(),
						duplicates)));
	}

	private static String to(MimeMessage message) {
		try {
			return ((jakarta.mail.internet.InternetAddress) message.getRecipients(MimeMessage.RecipientType.TO)[0])
				.getAddress()
				.toLowerCase(java.util.Locale.ROOT);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String messageId(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static void log(String format, Object... args) {
		System.out.printf("[bench %s] %s%n",
				java.time.format.DateTimeFormatter.ISO_LOCAL_TIME
					.format(OffsetDateTime.now(ZoneOffset.UTC).toLocalTime().truncatedTo(ChronoUnit.SECONDS)),
				String.format(format, args));
		System.out.flush();
	}

}

package org.classlytics.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

import org.classlytics.support.Api;
import org.classlytics.support.AttendanceFixtures;
import org.classlytics.support.AttendanceFixtures.EventLog;
import org.classlytics.support.Fixtures;
import org.classlytics.support.IntegrationTest;
import org.classlytics.support.World;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.classlytics.support.Api.body;

@IntegrationTest
class PaymentApiTests {

	private static final Currency EUR = Currency.getInstance("EUR");

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	Payments payments;

	private World w;

	private Api.Caller admin;

	private EventLog events;

	@BeforeEach
	void setUp() {
		this.w = World.create(this.fixtures);
		this.admin = this.api.as(this.w.token("admin"));
		this.events = EventLog.listen(this.context);
	}

	@AfterEach
	void tearDown() {
		this.events.close();
	}

	@Test
	void recordsAPayment() {
		Api.Reply reply = this.admin.post("/api/payments",
				body("student_id", x(), "amount", 120.5, "currency", "eur", "paid_at", "2025-01-15T09:30:00Z"));

		assertThat(reply.status()).isEqualTo(201);
		JsonNode payment = reply.json();
		assertThat(payment.get("student_id").asLong()).isEqualTo(x());
		assertThat(payment.get("school_id").asLong()).isEqualTo(this.w.school().id());
		assertThat(reply.text()).contains("\"amount\":120.50,");
		assertThat(payment.get("currency").asString()).isEqualTo("EUR");
		assertThat(payment.get("paid_at").asString()).isEqualTo("2025-01-15T09:30:00Z");
		assertThat(this.admin.get("/api/payments/" + reply.id()).json()).isEqualTo(payment);
		PaymentFacts facts = new PaymentFacts(reply.id(), this.w.school().id(), x(), new BigDecimal("120.50"), EUR,
				Instant.parse("2025-01-15T09:30:00Z"));
		assertThat(this.events.of(PaymentRecorded.class)).containsExactly(new PaymentRecorded(facts));
		assertThat(this.payments.payment(reply.id())).contains(facts);
	}

	@Test
	void isPaidNowWhenNoTimeIsGiven() {
		Instant before = Instant.now();

		Api.Reply reply = this.admin.post("/api/payments", body("student_id", x(), "amount", "30", "currency", "USD"));

		assertThat(Instant.parse(reply.json().get("paid_at").asString())).isBetween(before.minusMillis(1),
				Instant.now());
		assertThat(reply.text()).contains("\"amount\":30.00,");
	}

	@Test
	void refusesAnAmountThatIsNotPositive() {
		for (Object amount : List.of(-5, 0, "-0.01")) {
			Api.Reply reply = this.admin.post("/api/payments",
					body("student_id", x(), "amount", amount, "currency", "EUR"));

			assertThat(reply.status()).as("amount %s", amount).isEqualTo(400);
			assertThat(fields(reply)).containsExactly("amount");
			assertThat(message(reply, "amount")).isEqualTo("must be greater than 0");
		}
		assertThat(this.admin.get("/api/payments").json().get("count").asInt()).isZero();
		assertThat(this.events.of(PaymentRecorded.class)).isEmpty();
	}

	@Test
	void refusesMoreDecimalsThanTheCurrencyHas() {
		Api.Reply cents = this.admin.post("/api/payments",
				body("student_id", x(), "amount", "10.005", "currency", "EUR"));
		Api.Reply yen = this.admin.post("/api/payments",
				body("student_id", x(), "amount", "1000.5", "currency", "JPY"));

		assertThat(fields(cents)).containsExactly("amount");
		assertThat(fields(yen)).containsExactly("amount");
		assertThat(message(yen, "amount")).isEqualTo("must have at most 0 decimal places in JPY");
		assertThat(
				this.admin.post("/api/payments", body("student_id", x(), "amount", "1000", "currency", "JPY")).status())
			.isEqualTo(201);
	}

	@Test
	void refusesAnUnknownCurrency() {
		for (String currency : List.of("ABC", "EURO", "XXX", "")) {
			Api.Reply reply = this.admin.post("/api/payments",
					body("student_id", x(), "amount", "10", "currency", currency));

			assertThat(reply.status()).as("currency %s", currency).isEqualTo(400);
			assertThat(fields(reply)).containsExactly("currency");
		}
		assertThat(this.admin.get("/api/payments").json().get("count").asInt()).isZero();
	}

	@Test
	void refusesBadInput() {
		Api.Reply missing = this.admin.post("/api/payments", body("amount", "10", "currency", "EUR"));
		Api.Reply paidAt = this.admin.post("/api/payments",
				body("student_id", x(), "amount", "10", "currency", "EUR", "paid_at", "yesterday"));
		Api.Reply amount = this.admin.post("/api/payments",
				body("student_id", x(), "amount", "ten", "currency", "EUR"));
		Api.Reply malformed = this.admin.send("POST", "/api/payments", "{\"amount\": 1", "application/json");

		assertThat(fields(missing)).containsExactly("student_id");
		assertThat(fields(paidAt)).containsExactly("paid_at");
		assertThat(fields(amount)).containsExactly("amount");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.json().get("detail").asString()).startsWith("Malformed JSON");
	}

	@Test
	void refusesAStudentOfAnotherSchool() {
		long stranger = this.fixtures.school().student("Sam", "Stranger").id();

		Api.Reply reply = this.admin.post("/api/payments",
				body("student_id", stranger, "amount", "10", "currency", "EUR"));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(fields(reply)).containsExactly("student_id");
		assertThat(fields(this.admin.post("/api/payments",
				body("student_id", this.w.teacherA().id(), "amount", "10", "currency", "EUR"))))
			.containsExactly("student_id");
	}

	@Test
	void correctsAPayment() {
		long id = AttendanceFixtures.payment(this.admin, x(), "99.99", "EUR", "2025-01-15T09:00:00Z");
		this.events.clear();

		Api.Reply reply = this.admin.patch("/api/payments/" + id,
				body("amount", "100", "currency", "GBP", "paid_at", "2025-01-14T09:00:00Z"));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.text()).contains("\"amount\":100.00,");
		assertThat(reply.json().get("currency").asString()).isEqualTo("GBP");
		long school = this.w.school().id();
		assertThat(this.events.of(PaymentChanged.class)).containsExactly(new PaymentChanged(
				new PaymentFacts(id, school, x(), new BigDecimal("100.00"), Currency.getInstance("GBP"),
						Instant.parse("2025-01-14T09:00:00Z")),
				new PaymentFacts(id, school, x(), new BigDecimal("99.99"), EUR,
						Instant.parse("2025-01-15T09:00:00Z"))));
		assertThat(fields(this.admin.patch("/api/payments/" + id, body("amount", -1)))).containsExactly("amount");
		assertThat(fields(this.admin.patch("/api/payments/" + id, body("amount", "100.5", "currency", "JPY"))))
			.containsExactly("amount");
	}

	@Test
	void deletesAPayment() {
		long id = AttendanceFixtures.payment(this.admin, x(), "40.00", "EUR", "2025-01-15T09:00:00Z");

		assertThat(this.admin.delete("/api/payments/" + id).status()).isEqualTo(204);

		assertThat(this.admin.get("/api/payments/" + id).status()).isEqualTo(404);
		assertThat(this.events.of(PaymentDeleted.class)).containsExactly(new PaymentDeleted(new PaymentFacts(id,
				this.w.school().id(), x(), new BigDecimal("40.00"), EUR, Instant.parse("2025-01-15T09:00:00Z"))));
	}

	@Test
	void parentsAndStudentsReadOnlyTheirOwn() {
		long ofX = AttendanceFixtures.payment(this.admin, x(), "10.00", "EUR", "2025-01-15T09:00:00Z");
		long ofY = AttendanceFixtures.payment(this.admin, this.w.studentY().id(), "20.00", "EUR",
				"2025-01-15T09:00:00Z");

		assertThat(ids("parentX", "/api/payments")).containsExactly(ofX);
		assertThat(ids("studentY", "/api/payments")).containsExactly(ofY);
		assertThat(ids("admin", "/api/payments")).containsExactly(ofX, ofY);
		assertThat(this.api.as(this.w.token("parentX")).get("/api/payments/" + ofY).status()).isEqualTo(404);
	}

	@Test
	void filtersByTheSchoolsLocalDaysAndCurrency() {
		// Athens is UTC+2 in January: 22:30 UTC on the 14th is already the 15th there.
		long early = AttendanceFixtures.payment(this.admin, x(), "1.00", "EUR", "2025-01-14T22:30:00Z");
		long usd = AttendanceFixtures.payment(this.admin, x(), "2.00", "USD", "2025-01-15T12:00:00Z");
		AttendanceFixtures.payment(this.admin, x(), "3.00", "EUR", "2025-01-15T22:30:00Z");

		assertThat(ids("admin", "/api/payments?from=2025-01-15&to=2025-01-15")).containsExactly(early, usd);
		assertThat(ids("admin", "/api/payments?from=2025-01-15&to=2025-01-15&currency=usd")).containsExactly(usd);
		assertThat(fields(this.admin.get("/api/payments?currency=EURO"))).containsExactly("currency");
		assertThat(fields(this.admin.get("/api/payments?from=2025-01-16&to=2025-01-15"))).containsExactly("to");
	}

	private List<Long> ids(String caller, String path) {
		return this.api.as(this.w.token(caller))
			.get(path)
			.json()
			.get("results")
			.valueStream()
			.map((r) -> r.get("id").asLong())
			.toList();
	}

	private long x() {
		return this.w.studentX().id();
	}

	private static List<String> fields(Api.Reply reply) {
		return reply.json().get("errors").valueStream().map((node) -> node.get("field").asString()).toList();
	}

	private static String message(Api.Reply reply, String field) {
		return reply.json()
			.get("errors")
			.valueStream()
			.filter((node) -> node.get("field").asString().equals(field))
			.map((node) -> node.get("message").asString())
			.findFirst()
			.orElseThrow();
	}

}

package org.classlytics.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.classlytics.platform.PageQuery;
import org.classlytics.platform.Paged;
import org.classlytics.roster.Actor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/payments")
class PaymentController {

	private final PaymentService payments;

	private final PaymentQueries queries;

	PaymentController(PaymentService payments, PaymentQueries queries) {
		this.payments = payments;
		this.queries = queries;
	}

	@GetMapping
	@Operation(summary = "List payments", description = "Admins read the school's payments, parents their "
			+ "children's, students their own; teachers and tutors get 403. from/to are local days of paid_at.")
	Paged<PaymentJson> list(Actor actor, PageQuery page,
			@RequestParam(name = "student_id", required = false) Long studentId,
			@RequestParam(required = false) String currency,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		PaymentQueries.PaymentFilter filter = new PaymentQueries.PaymentFilter(studentId,
				(currency != null) ? Currencies.parse(currency) : null, from, to);
		return this.queries.list(actor, filter, page).map(PaymentJson::of);
	}

	@GetMapping("/{id}")
	PaymentJson get(Actor actor, @PathVariable long id) {
		return PaymentJson.of(this.payments.get(actor, id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a payment", description = "Admins only. amount > 0 with at most 2 decimals (and "
			+ "no more than the currency has); currency is an ISO 4217 code; paid_at defaults to now.")
	PaymentJson record(Actor actor, @Valid @RequestBody NewPayment payment) {
		return PaymentJson.of(this.payments.record(actor, payment.studentId(), payment.amount(), payment.currency(),
				payment.paidAt()));
	}

	@PatchMapping("/{id}")
	PaymentJson update(Actor actor, @PathVariable long id, @Valid @RequestBody PaymentPatch patch) {
		return PaymentJson.of(this.payments.update(actor, id, patch.amount(), patch.currency(), patch.paidAt()));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(Actor actor, @PathVariable long id) {
		this.payments.delete(actor, id);
	}

	record NewPayment(@NotNull Long studentId, @NotNull @Positive @Digits(integer = 10, fraction = 2) BigDecimal amount,
			@NotBlank String currency, Instant paidAt) {

	}

	record PaymentPatch(@Positive @Digits(integer = 10, fraction = 2) BigDecimal amount, String currency,
			Instant paidAt) {

	}

	record PaymentJson(long id, long schoolId, long studentId, BigDecimal amount, String currency, Instant paidAt) {

		static PaymentJson of(PaymentFacts payment) {
			return new PaymentJson(payment.paymentId(), payment.schoolId(), payment.studentId(), payment.amount(),
					payment.currency().getCurrencyCode(), payment.paidAt());
		}

	}

}

package org.classlytics.payments;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;

import org.classlytics.platform.InvalidInputException;
import org.classlytics.platform.NotFoundException;
import org.classlytics.roster.AccessPolicy;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins record and correct payments; parents read their children's and students their
 * own. Teachers and tutors have no part in a school's money (403).
 */
@Service
@Transactional
class PaymentService {

	static final Role[] READERS = { Role.ADMIN, Role.PARENT, Role.STUDENT };

	private final PaymentRepository payments;

	private final AccessPolicy access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PaymentService(PaymentRepository payments, AccessPolicy access, ApplicationEventPublisher events, Clock clock) {
		this.payments = payments;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @param paidAt null for now
	 */
	PaymentFacts record(Actor actor, long studentId, BigDecimal amount, String currency, Instant paidAt) {
		this.access.requireRole(actor, Role.ADMIN);
		if (!this.access.canSeeStudent(actor, studentId)) {
			throw InvalidInputException.field("student_id", "no student " + studentId + " in this school");
		}
		PaymentFacts saved = this.payments
			.save(PaymentEntity.record(actor.schoolId(), studentId, amount, Currencies.parse(currency),
					(paidAt != null) ? paidAt.truncatedTo(ChronoUnit.MILLIS) : this.clock.instant()))
			.toFacts();
		this.events.publishEvent(new PaymentRecorded(saved));
		return saved;
	}

	/**
	 * Changes the given fields; nulls stay as they are.
	 */
	PaymentFacts update(Actor actor, long paymentId, BigDecimal amount, String currency, Instant paidAt) {
		this.access.requireRole(actor, Role.ADMIN);
		PaymentEntity payment = load(actor, paymentId);
		PaymentFacts previous = payment.toFacts();
		Currency newCurrency = (currency != null) ? Currencies.parse(currency) : null;
		payment.correct(amount, newCurrency, (paidAt != null) ? paidAt.truncatedTo(ChronoUnit.MILLIS) : null);
		PaymentFacts saved = this.payments.save(payment).toFacts();
		this.events.publishEvent(new PaymentChanged(saved, previous));
		return saved;
	}

	void delete(Actor actor, long paymentId) {
		this.access.requireRole(actor, Role.ADMIN);
		PaymentEntity payment = load(actor, paymentId);
		this.payments.delete(payment);
		this.events.publishEvent(new PaymentDeleted(payment.toFacts()));
	}

	@Transactional(readOnly = true)
	PaymentFacts get(Actor actor, long paymentId) {
		this.access.requireRole(actor, READERS);
		return load(actor, paymentId).toFacts();
	}

	private PaymentEntity load(Actor actor, long paymentId) {
		return this.payments.findById(paymentId)
			.filter((payment) -> payment.schoolId() == actor.schoolId())
			.filter((payment) -> this.access.canSeeStudent(actor, payment.studentId()))
			.orElseThrow(() -> NotFoundException.of("Payment", paymentId));
	}

}

package org.classlytics.payments;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read of payments. Reads answer without a caller; the asking
 * module applies the access policy.
 */
@Service
@Transactional(readOnly = true)
public class Payments {

	private final PaymentRepository payments;

	Payments(PaymentRepository payments) {
		this.payments = payments;
	}

	/**
	 * Every payment of a school, for analytics' recompute.
	 */
	public List<PaymentFacts> paymentsOfSchool(long schoolId) {
		return this.payments.findBySchoolIdOrderById(schoolId).stream().map(PaymentEntity::toFacts).toList();
	}

	public Optional<PaymentFacts> payment(long paymentId) {
		return this.payments.findById(paymentId).map(PaymentEntity::toFacts);
	}

}

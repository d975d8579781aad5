package org.classlytics.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/**
 * A payment as other modules see it.
 *
 * @param amount greater than 0, with 2 decimal places
 */
public record PaymentFacts(long paymentId, long schoolId, long studentId, BigDecimal amount, Currency currency,
		Instant paidAt) {

}

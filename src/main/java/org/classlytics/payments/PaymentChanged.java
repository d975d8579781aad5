package org.classlytics.payments;

/**
 * A payment was corrected; its amount, currency or date (and so its term) may have
 * changed.
 */
public record PaymentChanged(PaymentFacts payment, PaymentFacts previous) {

}

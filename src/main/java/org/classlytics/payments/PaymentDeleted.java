package org.classlytics.payments;

public record PaymentDeleted(PaymentFacts payment) {

}

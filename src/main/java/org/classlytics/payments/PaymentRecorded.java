package org.classlytics.payments;

public record PaymentRecorded(PaymentFacts payment) {

}

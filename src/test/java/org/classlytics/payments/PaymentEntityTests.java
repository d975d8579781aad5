package org.classlytics.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

import org.classlytics.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentEntityTests {

	private static final Instant PAID = Instant.parse("2025-01-15T09:00:00Z");

	@Test
	void keepsAmountsWithTwoDecimals() {
		assertThat(payment("12.5", "EUR").amount()).isEqualTo(new BigDecimal("12.50"));
		assertThat(payment("1000", "JPY").amount()).isEqualTo(new BigDecimal("1000.00"));
		assertThat(payment("7.000", "USD").amount()).isEqualTo(new BigDecimal("7.00"));
	}

	@Test
	void refusesAmountsThatAreNotPositive() {
		assertThatThrownBy(() -> payment("0", "EUR")).hasMessage("amount: must be greater than 0");
		assertThatThrownBy(() -> payment("-0.01", "EUR")).hasMessage("amount: must be greater than 0");
		assertThatThrownBy(() -> PaymentEntity.record(2, 3, new BigDecimal("-1"), Currency.getInstance("EUR"), PAID))
			.hasMessage("amount: must be greater than 0");
	}

	@Test
	void refusesMoreDecimalsThanTheCurrencyOrTheColumnHas() {
		assertThatThrownBy(() -> payment("1.5", "JPY")).hasMessage("amount: must have at most 0 decimal places in JPY");
		assertThatThrownBy(() -> payment("1.005", "EUR"))
			.hasMessage("amount: must have at most 2 decimal places in EUR");
		assertThatThrownBy(() -> payment("1.001", "KWD"))
			.hasMessage("amount: must have at most 2 decimal places in KWD");
	}

	@Test
	void checksACorrectionAgainstTheNewCurrency() {
		PaymentEntity payment = new PaymentEntity(1L, 2, 3, new BigDecimal("10.50"), "EUR", PAID);

		assertThatThrownBy(() -> payment.correct(null, Currency.getInstance("JPY"), null))
			.isInstanceOf(InvalidInputException.class);
		payment.correct(new BigDecimal("11"), Currency.getInstance("JPY"), null);
		assertThat(payment.toFacts())
			.isEqualTo(new PaymentFacts(1, 2, 3, new BigDecimal("11.00"), Currency.getInstance("JPY"), PAID));
	}

	@Test
	void readsCurrencyCodesInAnyCase() {
		assertThat(Currencies.parse(" eur ")).isEqualTo(Currency.getInstance("EUR"));
		for (String code : new String[] { "ABC", "XXX", "XAU", "EURO", "" }) {
			assertThatThrownBy(() -> Currencies.parse(code)).as(code)
				.hasMessage("currency: must be an ISO 4217 currency code such as EUR");
		}
	}

	/**
	 * A stored payment corrected to the amount and currency.
	 */
	private static PaymentFacts payment(String amount, String currency) {
		PaymentEntity payment = new PaymentEntity(1L, 2, 3, new BigDecimal("1.00"), "EUR", PAID);
		payment.correct(new BigDecimal(amount), Currency.getInstance(currency), null);
		return payment.toFacts();
	}

}

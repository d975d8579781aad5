package org.classlytics.payments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Currency;

import org.classlytics.platform.InvalidInputException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Money received for a student. Amounts are kept with 2 decimal places, and never with
 * more than the currency has (no cents of a yen).
 */
@Table("payments")
class PaymentEntity {

	static final int SCALE = 2;

	@Id
	private Long id;

	private final long schoolId;

	private final long studentId;

	private BigDecimal amount;

	private String currency;

	private Instant paidAt;

	@PersistenceCreator
	PaymentEntity(Long id, long schoolId, long studentId, BigDecimal amount, String currency, Instant paidAt) {
		this.id = id;
		this.schoolId = schoolId;
		this.studentId = studentId;
		this.amount = amount;
		this.currency = currency;
		this.paidAt = paidAt;
	}

	static PaymentEntity record(long schoolId, long studentId, BigDecimal amount, Currency currency, Instant paidAt) {
		return new PaymentEntity(null, schoolId, studentId, money(amount, currency), currency.getCurrencyCode(),
				paidAt);
	}

	/**
	 * Applies the given changes; a null leaves its field alone. The amount is checked
	 * against the currency the payment ends up with.
	 */
	void correct(BigDecimal amount, Currency currency, Instant paidAt) {
		Currency newCurrency = (currency != null) ? currency : Currency.getInstance(this.currency);
		this.amount = money((amount != null) ? amount : this.amount, newCurrency);
		this.currency = newCurrency.getCurrencyCode();
		if (paidAt != null) {
			this.paidAt = paidAt;
		}
	}

	private static BigDecimal money(BigDecimal amount, Currency currency) {
		if (amount.signum() <= 0) {
			throw InvalidInputException.field("amount", "must be greater than 0");
		}
		int decimals = Math.min(SCALE, currency.getDefaultFractionDigits());
		if (amount.stripTrailingZeros().scale() > decimals) {
			throw InvalidInputException.field("amount",
					"must have at most " + decimals + " decimal places in " + currency.getCurrencyCode());
		}
		return amount.setScale(SCALE, RoundingMode.UNNECESSARY);
	}

	long schoolId() {
		return this.schoolId;
	}

	long studentId() {
		return this.studentId;
	}

	PaymentFacts toFacts() {
		return new PaymentFacts(this.id, this.schoolId, this.studentId, this.amount.setScale(SCALE),
				Currency.getInstance(this.currency), this.paidAt);
	}

}

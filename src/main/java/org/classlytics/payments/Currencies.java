package org.classlytics.payments;

import java.util.Currency;
import java.util.Locale;

import org.classlytics.platform.InvalidInputException;

/**
 * Reads ISO 4217 codes. Codes without a minor unit defined (gold, test and "no currency"
 * codes such as XAU or XXX) are not money a school is paid in.
 */
final class Currencies {

	private Currencies() {
	}

	static Currency parse(String code) {
		try {
			Currency currency = Currency.getInstance(code.trim().toUpperCase(Locale.ROOT));
			if (currency.getDefaultFractionDigits() >= 0) {
				return currency;
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		throw InvalidInputException.field("currency", "must be an ISO 4217 currency code such as EUR");
	}

}

package org.classlytics.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import org.classlytics.payments.PaymentImport;
import org.classlytics.roster.Person;

/**
 * Payments, upserted on external_id.
 */
final class PaymentRows implements RowImporter {

	private final References references;

	private final PaymentImport payments;

	PaymentRows(References references, PaymentImport payments) {
		this.references = references;
		this.payments = payments;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.PAYMENTS;
	}

	@Override
	public List<String> required() {
		return List.of("external_id", "student", "amount", "currency");
	}

	@Override
	public List<String> optional() {
		return List.of("paid_at");
	}

	@Override
	public void chunk(ImportRun run, List<CsvRow> rows) {
		References.People people = this.references.people(run, rows, "student");
		List<PaymentImport.Row> records = new ArrayList<>();
		for (CsvRow row : rows) {
			Cells cells = new Cells(run, row);
			String externalId = cells.text("external_id", true, 255);
			Person student = people.student(cells, "student", cells.text("student", true, 320));
			BigDecimal amount = cells.decimal("amount", true);
			if (amount != null && (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2)) {
				cells.error("amount", "must be above 0 with at most 2 decimals");
			}
			String code = cells.text("currency", true, 3);
			Currency currency = (code != null) ? PaymentImport.currency(code) : null;
			if (code != null && currency == null) {
				cells.error("currency", "must be an ISO 4217 currency code such as EUR");
			}
			Instant paidAt = cells.instant("paid_at", false);
			if (externalId != null) {
				cells.unique("external_id", "payment", externalId);
			}
			if (cells.ok()) {
				records.add(new PaymentImport.Row(externalId, student.id(), amount, currency, paidAt));
			}
		}
		if (!records.isEmpty()) {
			run.wrote(this.payments.saveAll(run.schoolId(), records));
		}
	}

}

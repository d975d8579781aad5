package org.classlytics.intake;

import java.util.List;

/**
 * What an import did: the records it created and updated, or, when it has errors, none of
 * either (the whole file was rolled back).
 */
public record ImportResult(int created, int updated, List<ImportError> errors) {

	public ImportResult {
		errors = List.copyOf(errors);
	}

	public boolean failed() {
		return !this.errors.isEmpty();
	}

}

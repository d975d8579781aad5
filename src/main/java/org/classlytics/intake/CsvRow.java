package org.classlytics.intake;

import java.util.Map;

/**
 * One data row of an imported file, with the line it starts on.
 */
record CsvRow(long line, Map<String, String> values) {

	/**
	 * The trimmed cell, or null when the column is absent or the cell empty.
	 */
	String get(String column) {
		String value = this.values.get(column);
		if (value == null) {
			return null;
		}
		String trimmed = value.trim();
		return trimmed.isEmpty() ? null : trimmed;
	}

}

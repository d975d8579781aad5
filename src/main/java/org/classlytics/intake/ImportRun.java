package org.classlytics.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.classlytics.platform.WriteCounts;
import org.classlytics.roster.Actor;

/**
 * The state of one file's import: who imports into which school, every error found so
 * far, the counts written, and the keys seen (for duplicates within the file). Valid rows
 * are written as they come; when any error was found, the transaction is rolled back at
 * the end, so nothing of the file remains.
 */
final class ImportRun {

	private final Actor actor;

	private final List<ImportError> errors = new ArrayList<>();

	private final Map<String, Long> seen = new HashMap<>();

	private final Map<String, org.classlytics.roster.Role> people = new HashMap<>();

	private WriteCounts counts = WriteCounts.NONE;

	private String file;

	private boolean zip;

	private Map<String, String> columns = Map.of();

	ImportRun(Actor actor) {
		this.actor = actor;
	}

	Actor actor() {
		return this.actor;
	}

	long schoolId() {
		return this.actor.schoolId();
	}

	/**
	 * Names the file of a zip that errors refer to (their field becomes
	 * {@code file:column}, with the import's column renamed to the file's), or null for a
	 * plain CSV.
	 */
	void file(String name, Map<String, String> columns) {
		this.zip |= name != null;
		this.file = name;
		this.columns = columns;
	}

	void error(long line, String field, String message) {
		String column = this.columns.getOrDefault(field, field);
		this.errors.add(new ImportError(line, (this.file != null) ? this.file + ":" + column : column, message));
	}

	/**
	 * Whether any error was found. The valid rows are written all the same (later rows
	 * and files may name them), and the transaction is rolled back at the end.
	 */
	boolean failed() {
		return !this.errors.isEmpty();
	}

	/**
	 * Records a row's key; reports a duplicate (on the given field) when an earlier line
	 * of the file had the same key.
	 */
	boolean unique(CsvRow row, String field, String kind, String key) {
		Long earlier = this.seen.putIfAbsent(kind + "\u0000" + key, row.line());
		if (earlier != null) {
			error(row.line(), field, "duplicates line " + earlier);
			return false;
		}
		return true;
	}

	/**
	 * The people the file defined so far (by external id and lower-cased email), so that
	 * later rows may name them before they are written.
	 */
	Map<String, org.classlytics.roster.Role> people() {
		return this.people;
	}

	void wrote(WriteCounts written) {
		this.counts = this.counts.plus(written);
	}

	ImportResult result() {
		List<ImportError> sorted = new ArrayList<>(this.errors);
		if (!this.zip) {
			sorted.sort(java.util.Comparator.comparingLong(ImportError::line));
		}
		return this.errors.isEmpty() ? new ImportResult(this.counts.created(), this.counts.updated(), List.of())
				: new ImportResult(0, 0, sorted);
	}

}

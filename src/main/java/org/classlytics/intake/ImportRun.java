package org.classlytics.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.classlytics.platform.WriteCounts;
import org.classlytics.roster.Actor;

/**
 * The state of one file's import: who imports into which school, every error found so
 * far, the counts written, and the keys seen (for duplicates within the file). Once any
 * error is found nothing more is written, and the transaction is rolled back at the end.
 */
final class ImportRun {

	private final Actor actor;

	private final List<ImportError> errors = new ArrayList<>();

	private final Map<String, Long> seen = new HashMap<>();

	private WriteCounts counts = WriteCounts.NONE;

	private String file;

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
	 * {@code file:column}), or null for a plain CSV.
	 */
	void file(String name) {
		this.file = name;
	}

	void error(long line, String field, String message) {
		this.errors.add(new ImportError(line, (this.file != null) ? this.file + ":" + field : field, message));
	}

	/**
	 * True while no error was found: a chunk is written only then.
	 */
	boolean writing() {
		return this.errors.isEmpty();
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

	void wrote(WriteCounts written) {
		this.counts = this.counts.plus(written);
	}

	ImportResult result() {
		List<ImportError> sorted = new ArrayList<>(this.errors);
		sorted.sort(java.util.Comparator.comparingLong(ImportError::line));
		return this.errors.isEmpty() ? new ImportResult(this.counts.created(), this.counts.updated(), List.of())
				: new ImportResult(0, 0, sorted);
	}

}

package org.classlytics.intake;

import java.util.List;

/**
 * The import of one record kind: its columns, and the check and write of a chunk of rows.
 * A chunk is checked row by row (references resolved with one query per chunk); it is
 * written through the owning module only while the run has no error.
 */
interface RowImporter {

	ImportKind kind();

	/**
	 * Columns the header must have.
	 */
	List<String> required();

	/**
	 * Columns the header may have besides.
	 */
	List<String> optional();

	void chunk(ImportRun run, List<CsvRow> rows);

}

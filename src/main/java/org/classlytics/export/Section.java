package org.classlytics.export;

import java.util.List;
import java.util.Objects;

/**
 * A part of an {@link ExportDocument}. CSV writes the parts one after another, separated
 * by an empty line; XLSX gives each table a sheet of its own and gathers the other parts
 * on a first sheet; PDF lays them out in order.
 */
public sealed interface Section permits Section.Title, Section.Summary, Section.Table, Section.Notes, Section.Chart {

	/**
	 * A title with lines under it, such as the student, the period and when it was made.
	 */
	record Title(String text, List<String> lines) implements Section {

		public Title {
			Objects.requireNonNull(text, "text");
			lines = List.copyOf(lines);
		}

	}

	/**
	 * Labelled values, one per line, each typed like a column.
	 */
	record Summary(String heading, List<Entry> entries) implements Section {

		public Summary {
			entries = List.copyOf(entries);
		}

	}

	/**
	 * A labelled value of a {@link Summary}; the column's header is the label.
	 */
	record Entry(Column column, Object value) {

		public Entry {
			Objects.requireNonNull(column, "column");
			CellValues.check(column, value, "summary entry");
		}

		public String label() {
			return this.column.header();
		}

	}

	/**
	 * A table, with an optional heading line above it (a CSV whose first line must be the
	 * header row has none).
	 */
	record Table(String heading, Sheet sheet) implements Section {

		public Table {
			Objects.requireNonNull(sheet, "sheet");
		}

	}

	/**
	 * A heading and free-text lines, such as recommendations.
	 */
	record Notes(String heading, List<String> items) implements Section {

		public Notes {
			items = List.copyOf(items);
		}

	}

	/**
	 * A chart image. Only PDF shows it; CSV and XLSX carry the numbers instead.
	 */
	record Chart(String heading, ChartImage image) implements Section {

		public Chart {
			Objects.requireNonNull(image, "image");
		}

	}

}

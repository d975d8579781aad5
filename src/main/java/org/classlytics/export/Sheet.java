package org.classlytics.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A named table of typed columns. Rows hold one value per column; {@code null} is an
 * empty cell. Values are checked against their column when the sheet is made, so a
 * mismatch fails where the report is built, not halfway through writing a file.
 */
public record Sheet(String name, List<Column> columns, List<List<Object>> rows) {

	public Sheet {
		Objects.requireNonNull(name, "name");
		if (name.isBlank()) {
			throw new IllegalArgumentException("a sheet needs a name");
		}
		columns = List.copyOf(columns);
		if (columns.isEmpty()) {
			throw new IllegalArgumentException("sheet \"" + name + "\" has no columns");
		}
		List<List<Object>> checked = new ArrayList<>(rows.size());
		for (int r = 0; r < rows.size(); r++) {
			List<Object> row = rows.get(r);
			if (row.size() != columns.size()) {
				throw new IllegalArgumentException("sheet \"%s\" row %d has %d values for %d columns".formatted(name,
						r + 1, row.size(), columns.size()));
			}
			for (int c = 0; c < row.size(); c++) {
				CellValues.check(columns.get(c), row.get(c), "sheet \"%s\" row %d".formatted(name, r + 1));
			}
			// List.copyOf refuses nulls, and null is an empty cell here.
			checked.add(Collections.unmodifiableList(new ArrayList<>(row)));
		}
		rows = Collections.unmodifiableList(checked);
	}

	public static Builder builder(String name) {
		return new Builder(name);
	}

	public List<String> headers() {
		return this.columns.stream().map(Column::header).toList();
	}

	/**
	 * Collects columns, then rows.
	 */
	public static final class Builder {

		private final String name;

		private final List<Column> columns = new ArrayList<>();

		private final List<List<Object>> rows = new ArrayList<>();

		private Builder(String name) {
			this.name = name;
		}

		public Builder column(Column column) {
			this.columns.add(column);
			return this;
		}

		public Builder columns(Column... columns) {
			this.columns.addAll(Arrays.asList(columns));
			return this;
		}

		public Builder row(Object... values) {
			this.rows.add(Arrays.asList(values));
			return this;
		}

		public Builder row(List<?> values) {
			this.rows.add(new ArrayList<>(values));
			return this;
		}

		public Sheet build() {
			return new Sheet(this.name, this.columns, this.rows);
		}

	}

}

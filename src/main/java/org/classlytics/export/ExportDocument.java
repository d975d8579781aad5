package org.classlytics.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a download contains, independent of its format: a name (the first XLSX sheet is
 * called so when there is more than tables) and its sections in order.
 */
public record ExportDocument(String name, List<Section> sections) {

	public ExportDocument {
		Objects.requireNonNull(name, "name");
		sections = List.copyOf(sections);
	}

	/**
	 * A document that is just one table, whose CSV starts with the header row.
	 */
	public static ExportDocument of(Sheet sheet) {
		return new ExportDocument(sheet.name(), List.of(new Section.Table(null, sheet)));
	}

	public static Builder builder(String name) {
		return new Builder(name);
	}

	public List<Section.Table> tables() {
		List<Section.Table> tables = new ArrayList<>();
		for (Section section : this.sections) {
			if (section instanceof Section.Table table) {
				tables.add(table);
			}
		}
		return tables;
	}

	/**
	 * Adds sections in order.
	 */
	public static final class Builder {

		private final String name;

		private final List<Section> sections = new ArrayList<>();

		private Builder(String name) {
			this.name = name;
		}

		public Builder title(String text, String... lines) {
			return section(new Section.Title(text, Arrays.asList(lines)));
		}

		public Builder summary(String heading, List<Section.Entry> entries) {
			return section(new Section.Summary(heading, entries));
		}

		public Builder table(Sheet sheet) {
			return section(new Section.Table(null, sheet));
		}

		public Builder table(String heading, Sheet sheet) {
			return section(new Section.Table(heading, sheet));
		}

		public Builder notes(String heading, List<String> items) {
			return section(new Section.Notes(heading, items));
		}

		public Builder chart(String heading, ChartImage image) {
			return section(new Section.Chart(heading, image));
		}

		public Builder section(Section section) {
			this.sections.add(Objects.requireNonNull(section, "section"));
			return this;
		}

		public ExportDocument build() {
			return new ExportDocument(this.name, this.sections);
		}

	}

}

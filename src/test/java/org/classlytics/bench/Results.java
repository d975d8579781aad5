package org.classlytics.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The results so far: printed as they come, and rewritten after each one to
 * {@code results.json} (an array of {name, value, unit, lower_bound, ratio, target,
 * p99_ms, statements, met, note}) and {@code results.md} (a Markdown table), so that an
 * interrupted run keeps what it measured.
 */
final class Results {

	private final Path directory;

	private final List<Result> results = new ArrayList<>();

	private String machine = "";

	Results(Path directory) {
		this.directory = directory;
	}

	void machine(String machine) {
		this.machine = machine;
		Bench.log("machine: %s", machine);
	}

	synchronized void add(Result result) {
		this.results.add(result);
		Bench.log("RESULT %s: %s %s%s%s%s%s  [target %s: %s] %s", result.name(), number(result.value()), result.unit(),
				(result.p99() != null) ? ", p99 " + number(result.p99()) + " ms" : "",
				(result.statements() != null) ? ", " + result.statements() + " statements" : "",
				(result.lowerBound() != null) ? ", lower bound " + number(result.lowerBound()) + " " + result.unit()
						: "",
				(result.ratio() != null) ? ", ratio " + number(result.ratio()) : "",
				(result.target() != null) ? result.target() : "none", met(result), result.note());
		write();
	}

	private void write() {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Result result : this.results) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("name", result.name());
			row.put("value", round(result.value()));
			row.put("unit", result.unit());
			row.put("lower_bound", (result.lowerBound() != null) ? round(result.lowerBound()) : null);
			row.put("ratio", (result.ratio() != null) ? round(result.ratio()) : null);
			row.put("target", result.target());
			row.put("p99_ms", (result.p99() != null) ? round(result.p99()) : null);
			row.put("statements", result.statements());
			row.put("met", result.met());
			row.put("note", result.note());
			rows.add(row);
		}
		StringBuilder table = new StringBuilder();
		table.append("Machine: ").append(this.machine).append("\n\n");
		table.append("| measurement | value | p99 | SQL statements | lower bound | ratio | target | met | note |\n");
		table.append("|---|---:|---:|---:|---:|---:|---|---|---|\n");
		for (Result result : this.results) {
			table.append("| ")
				.append(result.name())
				.append(" | ")
				.append(number(result.value()))
				.append(' ')
				.append(result.unit())
				.append(" | ")
				.append((result.p99() != null) ? number(result.p99()) + " ms" : "")
				.append(" | ")
				.append((result.statements() != null) ? result.statements() : "")
				.append(" | ")
				.append((result.lowerBound() != null) ? number(result.lowerBound()) + " " + result.unit() : "")
				.append(" | ")
				.append((result.ratio() != null) ? number(result.ratio()) + "×" : "")
				.append(" | ")
				.append((result.target() != null) ? result.target() : "")
				.append(" | ")
				.append(met(result))
				.append(" | ")
				.append((result.note() != null) ? result.note().replace("|", "\\|") : "")
				.append(" |\n");
		}
		try {
			Files.createDirectories(this.directory);
			Files.writeString(this.directory.resolve("results.json"),
					JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(rows));
			Files.writeString(this.directory.resolve("results.md"), table.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String met(Result result) {
		return (result.met() == null) ? "" : result.met() ? "yes" : "**no**";
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

	static String number(double value) {
		if (value >= 100) {
			return String.format(Locale.ROOT, "%,.0f", value);
		}
		if (value >= 10) {
			return String.format(Locale.ROOT, "%.1f", value);
		}
		if (value >= 0.1) {
			return String.format(Locale.ROOT, "%.2f", value);
		}
		return String.format(Locale.ROOT, "%.3f", value);
	}

}

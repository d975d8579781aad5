package org.classlytics.analytics;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.classlytics.platform.Command;

import org.springframework.stereotype.Component;

/**
 * {@code java -jar classlytics.jar recompute [--from DATE] [--to DATE] [--student-id ID]
 * [--dry-run]}: the admin endpoint's recompute for every school, from the command line,
 * printing one progress line per school and the totals.
 */
@Component
class RecomputeCommand implements Command {

	private final Recompute recompute;

	RecomputeCommand(Recompute recompute) {
		this.recompute = recompute;
	}

	@Override
	public String name() {
		return "recompute";
	}

	@Override
	public String summary() {
		return "rebuild analytics from the sources: [--from DATE] [--to DATE] [--student-id ID] [--dry-run]";
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		LocalDate from = null;
		LocalDate to = null;
		Long student = null;
		boolean dryRun = false;
		try {
			for (int i = 0; i < args.size(); i++) {
				String arg = args.get(i);
				String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
				String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
						: ((i + 1 < args.size()) ? args.get(i + 1) : null);
				boolean inline = arg.contains("=");
				switch (option) {
					case "--from" -> from = LocalDate.parse(required(option, value));
					case "--to" -> to = LocalDate.parse(required(option, value));
					case "--student-id" -> student = Long.parseLong(required(option, value));
					case "--dry-run" -> {
						dryRun = true;
						continue;
					}
					default -> throw new IllegalArgumentException("unknown option " + arg);
				}
				if (!inline) {
					i++;
				}
			}
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			out.println("recompute: " + ex.getMessage());
			out.println("usage: recompute [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--student-id ID] [--dry-run]");
			return 2;
		}
		if (from != null && to != null && to.isBefore(from)) {
			out.println("recompute: --to must not be before --from");
			return 2;
		}
		out.printf("recompute%s: from %s to %s, student %s%n", dryRun ? " (dry run)" : "",
				(from != null) ? from : "the start", (to != null) ? to : "the end",
				(student != null) ? student : "all");
		Recompute.Result result = this.recompute.run(null, new Recompute.Request(from, to, student, dryRun), out);
		out.printf("weeks_examined=%d records_created=%d records_updated=%d records_deleted=%d mismatches=%d%n",
				result.weeksExamined(), result.recordsCreated(), result.recordsUpdated(), result.recordsDeleted(),
				result.mismatches());
		return 0;
	}

	private static String required(String option, String value) {
		if (value == null || value.startsWith("--")) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return value;
	}

}

package org.classlytics.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.classlytics.platform.Command;

import org.springframework.stereotype.Component;

/**
 * {@code java -jar classlytics.jar demo --students 2000 [--school-name "..."] [--seed 7]}:
 * writes a further demo school of that size and prints the time taken and the rows
 * written per table.
 */
@Component
class DemoCommand implements Command {

	private final DemoSchool demo;

	DemoCommand(DemoSchool demo) {
		this.demo = demo;
	}

	@Override
	public String name() {
		return "demo";
	}

	@Override
	public String summary() {
		return "--students N [--school-name NAME] [--seed N]: writes a further demo school";
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		int students = 300;
		long seed = 20261122L;
		String schoolName = null;
		try {
			for (int i = 0; i < args.size(); i++) {
				String option = args.get(i);
				String value = (i + 1 < args.size()) ? args.get(++i) : null;
				if (value == null) {
					throw new IllegalArgumentException(option + " needs a value");
				}
				switch (option) {
					case "--students" -> students = Integer.parseInt(value);
					case "--school-name" -> schoolName = value;
					case "--seed" -> seed = Long.parseLong(value);
					default -> throw new IllegalArgumentException("Unknown option " + option);
				}
			}
			DemoPlan plan = this.demo.planFor(students, seed,
					(schoolName != null) ? schoolName : "Demo School (" + students + " students)", null);
			GeneratedSchool school = this.demo.generate(plan);
			out.printf(
					"Generated school '%s' (id %d) with %d students in %.1f s (%.1f s CPU in this process): %,d rows%n",
					school.schoolName(), school.schoolId(), students, school.took().toMillis() / 1000.0,
					school.cpu().toMillis() / 1000.0, school.totalRows());
			out.printf("  %-26s %12s %10s%n", "table", "rows", "insert ms");
			for (Map.Entry<String, Long> count : school.rowCounts().entrySet()) {
				Duration time = school.insertTimes().getOrDefault(count.getKey(), Duration.ZERO);
				out.printf("  %-26s %,12d %,10d%n", count.getKey(), count.getValue(), time.toMillis());
			}
			out.println("Logins (password " + this.demo.password() + "):");
			for (DemoLogin login : school.logins()) {
				out.printf("  %-8s %s%n", login.role(), login.email());
			}
			return 0;
		}
		catch (IllegalArgumentException ex) {
			out.println("demo: " + ex.getMessage());
			out.println("Usage: java -jar classlytics.jar demo " + summary());
			return 2;
		}
	}

}

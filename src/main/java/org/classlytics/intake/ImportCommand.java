package org.classlytics.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.classlytics.platform.Command;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Person;
import org.classlytics.roster.Role;
import org.classlytics.roster.Roster;
import org.classlytics.roster.School;

import org.springframework.stereotype.Component;

/**
 * {@code java -jar classlytics.jar import <kind|oneroster> <file> [--school-id ID]}: the
 * HTTP import from the command line, as the school's first active admin (the only school
 * when none is named), with a progress bar on the way and a summary or the error list at
 * the end. Exits 0 when imported, 1 when the file had errors, 2 on a usage error.
 */
@Component
class ImportCommand implements Command {

	private static final int BAR = 30;

	private final Intake intake;

	private final Roster roster;

	ImportCommand(Intake intake, Roster roster) {
		this.intake = intake;
		this.roster = roster;
	}

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String summary() {
		return "import a CSV file or a OneRoster zip: <kind|oneroster> <file> [--school-id ID]";
	}

	@Override
	public int run(List<String> args, PrintStream out) {
		List<String> positional = args.stream().filter((a) -> !a.startsWith("--")).toList();
		Long schoolId = null;
		for (int i = 0; i < args.size(); i++) {
			if (args.get(i).startsWith("--school-id")) {
				String value = args.get(i).contains("=") ? args.get(i).substring(args.get(i).indexOf('=') + 1)
						: ((i + 1 < args.size()) ? args.get(i + 1) : "");
				try {
					schoolId = Long.parseLong(value);
				}
				catch (NumberFormatException ex) {
					return usage(out, "--school-id needs a number");
				}
				positional = positional.stream().filter((a) -> !a.equals(value)).toList();
			}
		}
		if (positional.size() != 2) {
			return usage(out, "expected a kind and a file");
		}
		String kind = positional.get(0);
		Path file = Path.of(positional.get(1));
		Optional<ImportKind> csvKind = ImportKind.of(kind);
		if (csvKind.isEmpty() && !kind.equals("oneroster")) {
			return usage(out, "unknown kind " + kind);
		}
		if (!Files.isReadable(file)) {
			return usage(out, "cannot read " + file);
		}
		Optional<Actor> actor = admin(schoolId);
		if (actor.isEmpty()) {
			return usage(out, (schoolId == null) ? "name the school with --school-id (there is not exactly one)"
					: "school " + schoolId + " has no active admin");
		}
		long size;
		try {
			size = Files.size(file);
		}
		catch (IOException ex) {
			return usage(out, "cannot read " + file);
		}
		long started = System.nanoTime();
		ImportResult result;
		try (InputStream in = new CountingStream(Files.newInputStream(file), size, out)) {
			CountingStream counting = (CountingStream) in;
			result = csvKind.isPresent() ? this.intake.importCsv(actor.get(), csvKind.get(), in, counting::rows)
					: this.intake.importOneRoster(actor.get(), in, counting::rows);
		}
		catch (IOException ex) {
			return usage(out, "cannot read " + file + ": " + ex.getMessage());
		}
		catch (FileTooLargeException ex) {
			out.println();
			out.println("import: " + ex.getMessage() + " (classlytics.intake.max-file-size)");
			return 1;
		}
		out.println();
		double seconds = (System.nanoTime() - started) / 1e9;
		if (result.failed()) {
			out.printf("import %s: %d error(s), nothing imported%n", kind, result.errors().size());
			result.errors().forEach((e) -> out.printf("  line %d, %s: %s%n", e.line(), e.field(), e.message()));
			return 1;
		}
		out.printf("import %s: created=%d updated=%d in %.1f s%n", kind, result.created(), result.updated(), seconds);
		return 0;
	}

	private Optional<Actor> admin(Long schoolId) {
		List<School> schools = this.roster.schools();
		Long school = schoolId;
		if (school == null) {
			if (schools.size() != 1) {
				return Optional.empty();
			}
			school = schools.get(0).id();
		}
		return this.roster.peopleOfSchool(school)
			.stream()
			.filter((p) -> p.role() == Role.ADMIN && p.active())
			.map(Person::id)
			.findFirst()
			.flatMap(this.roster::activeActor);
	}

	private static int usage(PrintStream out, String problem) {
		out.println("import: " + problem);
		out.println("usage: import <"
				+ String.join("|", java.util.Arrays.stream(ImportKind.values()).map(ImportKind::path).toList())
				+ "|oneroster> <file> [--school-id ID]");
		return 2;
	}

	/**
	 * Draws the progress bar from the bytes read so far, after each chunk.
	 */
	private static final class CountingStream extends java.io.FilterInputStream {

		private final long size;

		private final PrintStream out;

		private long read;

		CountingStream(InputStream in, long size, PrintStream out) {
			super(new java.io.BufferedInputStream(in, 1 << 16));
			this.size = Math.max(1, size);
			this.out = out;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				this.read++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				this.read += n;
			}
			return n;
		}

		void rows(long rows) {
			int done = (int) Math.min(BAR, this.read * BAR / this.size);
			this.out.printf("\r[%s%s] %3d%% %,d rows", "#".repeat(done), " ".repeat(BAR - done),
					Math.min(100, this.read * 100 / this.size), rows);
			this.out.flush();
		}

	}

}

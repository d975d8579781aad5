package org.classlytics.intake;

import java.io.InputStream;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

import org.classlytics.attendance.AttendanceImport;
import org.classlytics.coursework.CourseworkImport;
import org.classlytics.platform.ForbiddenException;
import org.classlytics.roster.AccessPolicy;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Role;
import org.classlytics.roster.Roster;
import org.classlytics.roster.RosterImport;
import org.classlytics.payments.PaymentImport;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports files all-or-nothing: one transaction per file, read as a stream in chunks;
 * every chunk is checked, and written while no error has been found. A file with any
 * error is rolled back whole and answered with every error; a valid file commits with
 * every event published, so analytics are current when the call returns.
 */
@Service
public class Intake {

	private final AccessPolicy access;

	private final TransactionTemplate transactions;

	private final IntakeSettings settings;

	private final Map<ImportKind, RowImporter> importers = new EnumMap<>(ImportKind.class);

	private final Roster roster;

	private final RosterImport rosterImport;

	private final SubmissionRows results;

	Intake(AccessPolicy access, PlatformTransactionManager transactions, IntakeSettings settings, References references,
			Roster roster, CourseworkImport coursework, AttendanceImport attendance, RosterImport rosterImport,
			PaymentImport payments) {
		this.access = access;
		this.transactions = new TransactionTemplate(transactions);
		this.settings = settings;
		this.roster = roster;
		this.rosterImport = rosterImport;
		this.results = new SubmissionRows(SubmissionRows.Mode.RESULTS, references, coursework);
		List.of(new SubmissionRows(SubmissionRows.Mode.GRADES, references, coursework),
				new SubmissionRows(SubmissionRows.Mode.SUBMISSIONS, references, coursework),
				new AttendanceRows(references, attendance), new AssignmentRows(references, roster, coursework),
				new UserRows(roster, rosterImport), new EnrollmentRows(references, roster, rosterImport),
				new PaymentRows(references, payments), new QuizAttemptRows(references, coursework),
				new StudySessionRows(references, roster, coursework))
			.forEach((importer) -> this.importers.put(importer.kind(), importer));
	}

	/**
	 * The kinds this build imports, in path order.
	 */
	public Set<ImportKind> kinds() {
		return this.importers.keySet();
	}

	/**
	 * Imports a CSV file of one kind for the caller: admins any kind in their school,
	 * teachers grades, submissions and attendance of their own students, others nothing
	 * (403).
	 * @param progress told the number of rows read after each chunk
	 */
	public ImportResult importCsv(Actor actor, ImportKind kind, InputStream csv, LongConsumer progress) {
		this.access.requireRole(actor, Role.ADMIN, Role.TEACHER);
		if (actor.role() == Role.TEACHER && !kind.teacherMayImport()) {
			throw new ForbiddenException("Teachers import only grades, submissions and attendance");
		}
		RowImporter importer = this.importers.get(kind);
		if (importer == null) {
			throw new ForbiddenException("Importing " + kind.path() + " is not available");
		}
		InputStream limited = new LimitedInputStream(csv, this.settings.maxFileSize().toBytes());
		return this.transactions.execute((status) -> {
			ImportRun run = new ImportRun(actor);
			read(run, importer, limited, progress);
			if (run.failed()) {
				status.setRollbackOnly();
			}
			return run.result();
		});
	}

	/**
	 * Imports a OneRoster 1.2 CSV zip (admins only). The upload is spooled to a temporary
	 * file (a zip's entries must be read in dependency order, not in the zip's), then
	 * each file is streamed in chunks through the CSV importers in one transaction.
	 */
	public ImportResult importOneRoster(Actor actor, InputStream zip, LongConsumer progress) {
		this.access.requireRole(actor, Role.ADMIN);
		java.nio.file.Path spooled = null;
		try {
			spooled = java.nio.file.Files.createTempFile("oneroster", ".zip");
			try (InputStream limited = new LimitedInputStream(zip, this.settings.maxFileSize().toBytes())) {
				java.nio.file.Files.copy(limited, spooled, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
			java.util.zip.ZipFile file;
			try {
				file = new java.util.zip.ZipFile(spooled.toFile());
			}
			catch (java.util.zip.ZipException ex) {
				return new ImportResult(0, 0, List.of(new ImportError(0, "file", "is not a zip file")));
			}
			try (java.util.zip.ZipFile open = file) {
				return this.transactions.execute((status) -> {
					ImportRun run = new ImportRun(actor);
					new OneRosterImport(open, run, this.settings.chunkSize(), this.roster, this.rosterImport,
							(UserRows) this.importers.get(ImportKind.USERS),
							(EnrollmentRows) this.importers.get(ImportKind.ENROLLMENTS),
							(AssignmentRows) this.importers.get(ImportKind.ASSIGNMENTS), this.results, progress)
						.read();
					if (run.failed()) {
						status.setRollbackOnly();
					}
					return run.result();
				});
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		finally {
			if (spooled != null) {
				spooled.toFile().delete();
			}
		}
	}

	/**
	 * Reads one CSV stream into the run: the header is checked, then each chunk.
	 */
	void read(ImportRun run, RowImporter importer, InputStream csv, LongConsumer progress) {
		try (CsvChunks chunks = new CsvChunks(csv, this.settings.chunkSize())) {
			if (!header(run, importer, chunks.header())) {
				return;
			}
			long rows = 0;
			for (List<CsvRow> chunk = chunks.next(); !chunk.isEmpty(); chunk = chunks.next()) {
				importer.chunk(run, chunk);
				rows += chunk.size();
				progress.accept(rows);
			}
		}
		catch (java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException ex) {
			if (ex.getCause() instanceof FileTooLargeException tooLarge) {
				throw tooLarge;
			}
			run.error(0, "file", "is not readable CSV: " + ex.getMessage());
		}
	}

	private static boolean header(ImportRun run, RowImporter importer, List<String> header) {
		Set<String> known = new LinkedHashSet<>(importer.required());
		known.addAll(importer.optional());
		boolean ok = true;
		for (String column : importer.required()) {
			if (!header.contains(column)) {
				run.error(1, column, "column is missing");
				ok = false;
			}
		}
		for (String column : header) {
			if (!known.contains(column)) {
				run.error(1, column, "unknown column; expected " + String.join(", ", known));
				ok = false;
			}
		}
		return ok;
	}

}

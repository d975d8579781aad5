package org.classlytics.intake;

import java.util.Arrays;
import java.util.Optional;

/**
 * The record kinds a CSV import accepts, by the path segment of {@code POST
 * /api/import/{kind}}.
 */
public enum ImportKind {

	USERS("users"), ENROLLMENTS("enrollments"), ASSIGNMENTS("assignments"), SUBMISSIONS("submissions"),
	GRADES("grades"), QUIZ_ATTEMPTS("quiz-attempts"), ATTENDANCE("attendance"), STUDY_SESSIONS("study-sessions"),
	PAYMENTS("payments");

	private final String path;

	ImportKind(String path) {
		this.path = path;
	}

	public String path() {
		return this.path;
	}

	/**
	 * The kinds a teacher may import (for their own students only).
	 */
	public boolean teacherMayImport() {
		return this == SUBMISSIONS || this == GRADES || this == ATTENDANCE;
	}

	public static Optional<ImportKind> of(String path) {
		return Arrays.stream(values()).filter((kind) -> kind.path.equals(path)).findFirst();
	}

}

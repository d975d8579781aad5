package org.classlytics.platform;

import java.util.List;

/**
 * Input that breaks a rule; answered with 400 and the offending fields.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> errors;

	public InvalidInputException(List<FieldProblem> errors) {
		super(errors.isEmpty() ? "Invalid input" : errors.get(0).field() + ": " + errors.get(0).message());
		this.errors = List.copyOf(errors);
	}

	public static InvalidInputException field(String field, String message) {
		return new InvalidInputException(List.of(new FieldProblem(field, message)));
	}

	public List<FieldProblem> errors() {
		return this.errors;
	}

}

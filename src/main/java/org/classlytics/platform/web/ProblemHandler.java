package org.classlytics.platform.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.classlytics.platform.ConflictException;
import org.classlytics.platform.FieldProblem;
import org.classlytics.platform.ForbiddenException;
import org.classlytics.platform.InvalidInputException;
import org.classlytics.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of an API call into an RFC 9457 problem. Validation problems name
 * each field in the client's spelling, so a client can point at the input that broke a
 * rule.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	@ExceptionHandler
	ResponseEntity<Object> invalidInput(InvalidInputException ex, WebRequest request) {
		return validationProblem(ex.errors(), request);
	}

	@ExceptionHandler
	ResponseEntity<Object> notFound(NotFoundException ex, WebRequest request) {
		return problem(HttpStatus.NOT_FOUND, ex.getMessage(), ex, request);
	}

	@ExceptionHandler
	ResponseEntity<Object> conflict(ConflictException ex, WebRequest request) {
		return problem(HttpStatus.CONFLICT, ex.getMessage(), ex, request);
	}

	@ExceptionHandler
	ResponseEntity<Object> forbidden(ForbiddenException ex, WebRequest request) {
		return problem(HttpStatus.FORBIDDEN, ex.getMessage(), ex, request);
	}

	@ExceptionHandler
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex, WebRequest request) {
		String field = SnakeCase.of(ex.getName());
		Class<?> type = ex.getRequiredType();
		return validationProblem(List.of(new FieldProblem(field, expectation(type))), request);
	}

	@ExceptionHandler
	ResponseEntity<Object> integrityViolation(DataIntegrityViolationException ex, WebRequest request) {
		// Services check the rules they know; a constraint that still fires means two
		// requests raced for the same unique value, or a record is still referenced.
		log.debug("Integrity violation", ex);
		return problem(HttpStatus.CONFLICT, "The request conflicts with existing records", ex, request);
	}

	@ExceptionHandler
	ResponseEntity<Object> concurrentUpdate(OptimisticLockingFailureException ex, WebRequest request) {
		return problem(HttpStatus.CONFLICT, "The record was changed by another request; try again", ex, request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return validationProblem(fieldProblems(ex), request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> new FieldProblem(
						SnakeCase.of(parameterName(result.getMethodParameter().getParameterName(),
								result.getMethodParameter().getParameterIndex())),
						error.getDefaultMessage())))
			.toList();
		return validationProblem(problems, request);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return validationProblem(List.of(new FieldProblem(SnakeCase.of(ex.getParameterName()), "is required")),
				request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = jacksonCause(ex);
		if (cause instanceof InvalidFormatException invalid && !invalid.getPath().isEmpty()) {
			return validationProblem(List.of(new FieldProblem(path(invalid), expectation(invalid.getTargetType()))),
					request);
		}
		if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
			return validationProblem(
					List.of(new FieldProblem(path(mismatched), expectation(mismatched.getTargetType()))), request);
		}
		if ((cause instanceof InputCoercionException || cause instanceof StreamConstraintsException)
				&& !((JacksonException) cause).getPath().isEmpty()) {
			// A value that broke a limit or a range on its way into a field (a 100 kB
			// string for an id, 9223372036854775808 for a long): still the field's fault.
			JacksonException jackson = (JacksonException) cause;
			return validationProblem(List.of(new FieldProblem(path(jackson), limitBroken(jackson))), request);
		}
		if (cause instanceof JacksonException) {
			return problem(HttpStatus.BAD_REQUEST, "Malformed JSON: " + firstLine(cause.getMessage()), ex, request);
		}
		return problem(HttpStatus.BAD_REQUEST, "The request body is missing or unreadable", ex, request);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (ex instanceof BindException bind && statusCode.value() == 400) {
			return validationProblem(fieldProblems(bind), request);
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	@ExceptionHandler
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) throws Exception {
		if (ex instanceof org.springframework.security.access.AccessDeniedException
				|| ex instanceof org.springframework.security.core.AuthenticationException) {
			// Security's own filters answer these with 401/403 problems.
			throw ex;
		}
		log.error("Unexpected failure", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred", ex, request);
	}

	private ResponseEntity<Object> validationProblem(List<FieldProblem> errors, WebRequest request) {
		String detail = errors.stream()
			.map((error) -> error.field() + ": " + error.message())
			.collect(Collectors.joining("; "));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Invalid input");
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(withInstance(problem, request));
	}

	private ResponseEntity<Object> problem(HttpStatus status, String detail, Exception ex, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		return ResponseEntity.status(status).body(withInstance(problem, request));
	}

	private static ProblemDetail withInstance(ProblemDetail problem, WebRequest request) {
		String uri = request.getDescription(false);
		if (uri.startsWith("uri=")) {
			problem.setInstance(URI.create(uri.substring(4)));
		}
		return problem;
	}

	private static List<FieldProblem> fieldProblems(BindException ex) {
		List<FieldProblem> problems = ex.getFieldErrors()
			.stream()
			.map((error) -> new FieldProblem(SnakeCase.ofPath(error.getField()), message(error)))
			.collect(Collectors.toList());
		ex.getGlobalErrors()
			.forEach((error) -> problems.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
		return problems;
	}

	private static String message(FieldError error) {
		if (error.isBindingFailure()) {
			return "has the wrong type";
		}
		return error.getDefaultMessage();
	}

	/**
	 * The outermost Jackson failure: it knows the JSON path, where the root cause (a
	 * DateTimeParseException, say) does not.
	 */
	private static Throwable jacksonCause(HttpMessageNotReadableException ex) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException) {
				return cause;
			}
		}
		return ex.getMostSpecificCause();
	}

	private static String limitBroken(JacksonException ex) {
		if (ex instanceof InputCoercionException coercion) {
			return "is out of range for " + expectation(coercion.getTargetType()).replace("must be ", "");
		}
		return "is too long";
	}

	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	static String expectation(Class<?> type) {
		if (type == null) {
			return "has the wrong type";
		}
		if (type.isEnum()) {
			return "must be one of "
					+ Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
		}
		if (type == LocalDate.class) {
			return "must be a date in the form YYYY-MM-DD";
		}
		if (type == Instant.class || type == OffsetDateTime.class) {
			return "must be an RFC 3339 instant such as 2025-01-15T09:00:00Z";
		}
		if (type == LocalTime.class) {
			return "must be a time of day in the form HH:MM";
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
			return "must be a number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "must be true or false";
		}
		if (List.class.isAssignableFrom(type) || type.isArray()) {
			return "must be a list";
		}
		return "has the wrong type";
	}

	private static String parameterName(String name, int index) {
		return (name != null) ? name : "arg" + index;
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "unreadable";
		}
		int newline = message.indexOf('\n');
		return (newline < 0) ? message : message.substring(0, newline);
	}

}

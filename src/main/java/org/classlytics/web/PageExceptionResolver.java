package org.classlytics.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.classlytics.platform.ForbiddenException;
import org.classlytics.platform.InvalidInputException;
import org.classlytics.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers a failed page with the friendly error page instead of the API's RFC 9457
 * problem. It runs before the platform's problem handler and leaves {@code /api/**}
 * alone; security's own exceptions go on to security (to the sign-in page, or a 403).
 */
@Component
class PageExceptionResolver implements HandlerExceptionResolver, Ordered {

	private static final Logger log = LoggerFactory.getLogger(PageExceptionResolver.class);

	private final ErrorPages errorPages;

	PageExceptionResolver(ErrorPages errorPages) {
		this.errorPages = errorPages;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		// An error page that fails itself is left to the container: rendering it again
		// would fail again.
		if (request.getDispatcherType() == DispatcherType.ERROR
				|| request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				|| ex instanceof AuthenticationException || ex instanceof AccessDeniedException) {
			return null;
		}
		HttpStatusCode status = statusOf(ex);
		if (status.is5xxServerError()) {
			log.error("Page {} failed", request.getRequestURI(), ex);
		}
		else {
			log.debug("Page {} answered {}: {}", request.getRequestURI(), status.value(), ex.getMessage());
		}
		return this.errorPages.page(request, status);
	}

	/**
	 * A path with a malformed id (a letter where a number belongs) names no page, so it
	 * is a 404 like any unknown path.
	 */
	static HttpStatusCode statusOf(Exception ex) {
		if (ex instanceof NotFoundException || ex instanceof TypeMismatchException) {
			return HttpStatus.NOT_FOUND;
		}
		if (ex instanceof ForbiddenException) {
			return HttpStatus.FORBIDDEN;
		}
		if (ex instanceof InvalidInputException) {
			return HttpStatus.BAD_REQUEST;
		}
		if (ex instanceof ErrorResponse response) {
			return response.getStatusCode();
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

	/**
	 * After Spring Boot's error attributes (which only note the exception) and before the
	 * controller advice, whose problem handler would answer every page in JSON.
	 */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

}

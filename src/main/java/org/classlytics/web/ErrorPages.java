package org.classlytics.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The friendly error page, in the page frame and the reader's language, without any
 * technical detail. It serves both the failures of pages ({@link PageExceptionResolver})
 * and the errors the container dispatches to {@code /error} for a browser (a refused CSRF
 * token, say).
 */
@Component
class ErrorPages implements ErrorViewResolver {

	private final Frame frame;

	ErrorPages(Frame frame) {
		this.frame = frame;
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		return page(request, status);
	}

	ModelAndView page(HttpServletRequest request, HttpStatusCode status) {
		ModelAndView page = new ModelAndView("error", this.frame.of(request), status);
		page.addObject("status", status.value());
		page.addObject("kind", kind(status));
		return page;
	}

	/**
	 * Which text the page shows: 403, 404 and server errors have their own, every other
	 * refusal a general one.
	 */
	private static String kind(HttpStatusCode status) {
		if (status.is5xxServerError()) {
			return "server";
		}
		return switch (status.value()) {
			case 403 -> "forbidden";
			case 404 -> "notFound";
			default -> "request";
		};
	}

}

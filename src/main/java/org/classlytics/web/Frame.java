package org.classlytics.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What the page frame ({@code layout.html}) needs besides the page itself: the viewer and
 * their school, the navigation of their role, the languages and the page's own address
 * (for {@code aria-current} and for coming back after a change of language).
 */
@Component
class Frame {

	private final Viewers viewers;

	Frame(Viewers viewers) {
		this.viewers = viewers;
	}

	Map<String, Object> of(HttpServletRequest request) {
		Optional<Viewer> viewer = this.viewers.current(request);
		Map<String, Object> model = new HashMap<>();
		model.put("viewer", viewer.orElse(null));
		model.put("navigation", viewer.map((v) -> Navigation.itemsFor(v.role())).orElse(List.of()));
		model.put("languages", List.of(Language.values()));
		model.put("language", Language.closestTo(RequestContextUtils.getLocale(request)));
		String path = path(request);
		model.put("currentPath", path);
		String query = query(request);
		model.put("currentUrl", (query != null && !query.isEmpty()) ? path + "?" + query : path);
		return model;
	}

	/**
	 * The path the reader asked for, also on an error page (which the container serves
	 * from {@code /error}).
	 */
	private static String path(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = (original instanceof String text) ? text : request.getRequestURI();
		String context = request.getContextPath();
		return (!context.isEmpty() && uri.startsWith(context)) ? uri.substring(context.length()) : uri;
	}

	private static String query(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
			return (String) request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING);
		}
		return request.getQueryString();
	}

}

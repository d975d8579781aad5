package org.classlytics.platform.web;

import org.classlytics.platform.InvalidInputException;
import org.classlytics.platform.PageQuery;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Reads {@code ?page=&page_size=} into a {@link PageQuery} for any controller that asks
 * for one.
 */
class PageQueryResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == PageQuery.class;
	}

	@Override
	public PageQuery resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest request, WebDataBinderFactory binderFactory) {
		int page = number(request, "page", 1);
		int pageSize = number(request, "page_size", PageQuery.DEFAULT_PAGE_SIZE);
		return new PageQuery(page, pageSize);
	}

	private static int number(NativeWebRequest request, String name, int fallback) {
		String value = request.getParameter(name);
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw InvalidInputException.field(name, "must be a whole number");
		}
	}

}

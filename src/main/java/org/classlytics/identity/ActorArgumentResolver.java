package org.classlytics.identity;

import org.classlytics.roster.Actor;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Hands every controller the caller as an {@link Actor}, whether they came with a token
 * or a web session.
 */
class ActorArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Actor.class;
	}

	@Override
	public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		return currentActor(SecurityContextHolder.getContext().getAuthentication());
	}

	static Actor currentActor(Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
			return actor;
		}
		if (authentication != null && authentication.getPrincipal() instanceof ActorDetails details) {
			return details.actor();
		}
		throw new AuthenticationCredentialsNotFoundException("Sign in first");
	}

}

package org.classlytics.identity;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.classlytics.roster.Actor;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls by {@code Authorization: Bearer <token>}, or the {@code Token}
 * scheme that clients of the replaced systems send. A request without the header passes
 * through unauthenticated; one with a bad token is answered with 401 at once.
 */
class TokenAuthenticationFilter extends OncePerRequestFilter {

	private final Tokens tokens;

	private final ProblemResponses problems;

	TokenAuthenticationFilter(Tokens tokens, ProblemResponses problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<String> token = tokenOf(request);
		if (token.isPresent()) {
			Optional<Actor> actor = this.tokens.authenticate(token.get());
			if (actor.isEmpty()) {
				this.problems.write(response, 401, "Unauthorized", "The token is invalid, expired or revoked");
				return;
			}
			SecurityContextHolder.getContext().setAuthentication(new ActorAuthentication(actor.get(), token.get()));
		}
		chain.doFilter(request, response);
	}

	static Optional<String> tokenOf(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null) {
			return Optional.empty();
		}
		for (String scheme : List.of("Bearer ", "Token ")) {
			if (header.regionMatches(true, 0, scheme, 0, scheme.length())) {
				String token = header.substring(scheme.length()).trim();
				return token.isEmpty() ? Optional.empty() : Optional.of(token);
			}
		}
		return Optional.empty();
	}

	/**
	 * An authenticated API caller; the raw token is kept for revocation only.
	 */
	static final class ActorAuthentication extends AbstractAuthenticationToken {

		private final Actor actor;

		private final String token;

		ActorAuthentication(Actor actor, String token) {
			super(List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name())));
			this.actor = actor;
			this.token = token;
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return this.token;
		}

		@Override
		public Actor getPrincipal() {
			return this.actor;
		}

	}

}

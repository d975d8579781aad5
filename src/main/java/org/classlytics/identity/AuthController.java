package org.classlytics.identity;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.classlytics.roster.Actor;
import org.classlytics.roster.Person;
import org.classlytics.roster.Role;
import org.classlytics.roster.Roster;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AuthController {

	private final SignIn signIn;

	private final Tokens tokens;

	private final Roster roster;

	AuthController(SignIn signIn, Tokens tokens, Roster roster) {
		this.signIn = signIn;
		this.tokens = tokens;
		this.roster = roster;
	}

	@PostMapping("/api/auth/token")
	TokenJson issue(@Valid @RequestBody LoginRequest login) {
		Person person = this.signIn.verify(login.email(), login.password());
		IssuedToken token = this.tokens.issue(person.id());
		return new TokenJson(token.token(), "Bearer", token.expiresAt(), MeJson.of(person));
	}

	@DeleteMapping("/api/auth/token")
	ResponseEntity<Void> revoke(HttpServletRequest request) {
		TokenAuthenticationFilter.tokenOf(request).ifPresent(this.tokens::revoke);
		return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
	}

	@GetMapping("/api/me")
	MeJson me(Actor actor) {
		return MeJson.of(this.roster.person(actor.userId()).orElseThrow());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> badCredentials(BadCredentialsException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, ex.getMessage());
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
	}

	record LoginRequest(@NotBlank String email, @NotBlank String password) {

	}

	record TokenJson(String token, String tokenType, Instant expiresAt, MeJson user) {

	}

	record MeJson(long id, String email, String firstName, String lastName, Role role, long schoolId, boolean active,
			String locale, Long classId, Long tutorId) {

		static MeJson of(Person person) {
			return new MeJson(person.id(), person.email(), person.firstName(), person.lastName(), person.role(),
					person.schoolId(), person.active(),
					(person.locale() != null) ? person.locale().toLanguageTag() : null, person.classSectionId(),
					person.tutorId());
		}

	}

}

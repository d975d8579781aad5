package org.classlytics.identity;

import org.classlytics.roster.Credentials;
import org.classlytics.roster.Person;
import org.classlytics.roster.Roster;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks an email and password. An unknown email costs as much as a wrong password, so
 * response times do not reveal which accounts exist.
 */
@Component
class SignIn {

	private final Roster roster;

	private final PasswordEncoder passwords;

	private final String decoyHash;

	SignIn(Roster roster, PasswordEncoder passwords) {
		this.roster = roster;
		this.passwords = passwords;
		this.decoyHash = passwords.encode("decoy-password-for-timing");
	}

	Person verify(String email, String password) {
		Credentials credentials = this.roster.credentials(email).orElse(null);
		String hash = (credentials != null && credentials.passwordHash() != null) ? credentials.passwordHash()
				: this.decoyHash;
		boolean matches = this.passwords.matches(password, hash);
		if (credentials == null || credentials.passwordHash() == null || !matches || !credentials.active()) {
			throw new BadCredentialsException("Wrong email or password");
		}
		return this.roster.person(credentials.actor().userId()).orElseThrow();
	}

}

package org.classlytics.identity;

import org.classlytics.roster.Roster;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class LoginUserDetailsService implements UserDetailsService {

	private final Roster roster;

	LoginUserDetailsService(Roster roster) {
		this.roster = roster;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return this.roster.credentials(email)
			.filter((credentials) -> credentials.passwordHash() != null)
			.map((credentials) -> new ActorDetails(credentials.actor(), email, credentials.passwordHash(),
					credentials.active()))
			.orElseThrow(() -> new UsernameNotFoundException("No account for " + email));
	}

}

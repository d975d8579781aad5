package org.classlytics.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.classlytics.roster.Actor;
import org.classlytics.roster.Roster;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, checks and revokes opaque access tokens. A token carries 256 random bits, so a
 * fast hash (SHA-256) is enough to store it: there is nothing to guess.
 */
@Service
@Transactional
public class Tokens {

	private static final String PREFIX = "cl_";

	private final SecureRandom random = new SecureRandom();

	private final AccessTokenRepository tokens;

	private final Roster roster;

	private final IdentityProperties properties;

	private final Clock clock;

	Tokens(AccessTokenRepository tokens, Roster roster, IdentityProperties properties, Clock clock) {
		this.tokens = tokens;
		this.roster = roster;
		this.properties = properties;
		this.clock = clock;
	}

	public IssuedToken issue(long userId) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		AccessToken saved = this.tokens
			.save(AccessToken.issue(userId, hash(token), now, now.plus(this.properties.tokenTtl())));
		return new IssuedToken(token, saved.expiresAt(), userId);
	}

	/**
	 * The caller a token stands for, while it is unexpired, unrevoked and its owner
	 * active. Runs on every API request: two indexed reads (the token, then its owner) on
	 * one connection in auto-commit, with no transaction to begin and commit, and nothing
	 * cached, so a revocation or a deactivation holds from the next request on.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<Actor> authenticate(String token) {
		Instant now = this.clock.instant();
		return this.tokens.findByTokenHash(hash(token))
			.filter((stored) -> stored.isUsableAt(now))
			.flatMap((stored) -> this.roster.activeActor(stored.userId()));
	}

	public void revoke(String token) {
		this.tokens.findByTokenHash(hash(token)).ifPresent((stored) -> {
			stored.revoke(this.clock.instant());
			this.tokens.save(stored);
		});
	}

	static String hash(String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}

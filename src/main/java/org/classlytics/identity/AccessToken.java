package org.classlytics.identity;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An issued token, known only by its hash.
 */
@Table("access_tokens")
class AccessToken {

	@Id
	private Long id;

	private final long userId;

	private final String tokenHash;

	private final Instant createdAt;

	private final Instant expiresAt;

	private Instant revokedAt;

	@PersistenceCreator
	AccessToken(Long id, long userId, String tokenHash, Instant createdAt, Instant expiresAt, Instant revokedAt) {
		this.id = id;
		this.userId = userId;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
		this.revokedAt = revokedAt;
	}

	static AccessToken issue(long userId, String tokenHash, Instant now, Instant expiresAt) {
		return new AccessToken(null, userId, tokenHash, now, expiresAt, null);
	}

	boolean isUsableAt(Instant now) {
		return this.revokedAt == null && now.isBefore(this.expiresAt);
	}

	void revoke(Instant now) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
		}
	}

	long userId() {
		return this.userId;
	}

	Instant expiresAt() {
		return this.expiresAt;
	}

}

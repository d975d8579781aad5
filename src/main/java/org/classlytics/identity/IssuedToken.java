package org.classlytics.identity;

import java.time.Instant;

/**
 * A token as handed to its owner, the only time the raw value exists.
 */
public record IssuedToken(String token, Instant expiresAt, long userId) {

}

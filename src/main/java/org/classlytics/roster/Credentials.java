package org.classlytics.roster;

/**
 * What identity needs to check a password: the person, their hash (null when the person
 * has no password) and whether they may sign in at all.
 */
public record Credentials(Actor actor, String passwordHash, boolean active) {

}

package org.classlytics.demo;

/**
 * A well-known account of a generated school.
 */
public record DemoLogin(String role, String email, String name) {

}

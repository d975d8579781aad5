package org.classlytics.roster;

import java.util.Optional;

/**
 * A school with one of its people and a viewer, read in one statement.
 *
 * @param person empty when the id is not a person of the school
 * @param viewer empty when the id is not a person
 */
public record PersonView(School school, Optional<Person> person, Optional<Person> viewer) {

}
